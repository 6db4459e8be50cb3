// SPDX-License-Identifier: GPL-3.0-or-later
// The entries of one audit group, one row each: what a person scrolls and filters to see which
// files a group is made of (the groups table says only how many, and one example).
#pragma once

#include "whydenied/audit.h"

#include <QAbstractTableModel>

#include <vector>

namespace wdgui {

class AuditFilesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PathColumn, DetailColumn, OwnerColumn, ColumnCount };

    explicit AuditFilesModel(QObject* parent = nullptr);
    void setEntries(std::vector<wd::AuditFinding> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<wd::AuditFinding> rows_;
};

}  // namespace wdgui
