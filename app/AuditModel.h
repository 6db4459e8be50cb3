// SPDX-License-Identifier: GPL-3.0-or-later
// The grouped problems of a folder audit, one row per cause: live counts while the walk runs,
// then the final summary (samples, owners, top folders).
#pragma once

#include "whydenied/audit.h"

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

namespace wdgui {

class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CauseColumn, CountColumn, FilesColumn, FoldersColumn, ExampleColumn, ColumnCount };
    enum Role { CauseIdRole = Qt::UserRole + 1 };

    explicit AuditModel(QObject* parent = nullptr);

    // While walking: counts and the first example per cause (rows keep their place).
    void setLive(const std::map<std::string, std::pair<uint64_t, std::string>>& counts);
    void setSummary(const wd::AuditSummary& s);
    void clear();

    QString causeAt(int row) const;
    uint64_t countOf(const QString& cause) const;
    const wd::AuditGroup* groupAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<wd::AuditGroup> rows_;
};

}  // namespace wdgui
