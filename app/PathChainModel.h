// SPDX-License-Identifier: GPL-3.0-or-later
// The path as `namei -l` shows it: one row per component, symlinks expanded in place.
#pragma once

#include "whydenied/facts.h"

#include <QAbstractTableModel>

#include <vector>

namespace wdgui {

class PathChainModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Mode, Owner, Group, Name, Note, ColumnCount };

    explicit PathChainModel(QObject* parent = nullptr);

    // `fault` is the chain index of the component at fault (the first finding's node), -1 for none.
    void setChain(std::vector<wd::Node> chain, int fault);
    void clear();
    int faultRow() const { return fault_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const wd::Node& n, int column, bool fault) const;

    std::vector<wd::Node> chain_;
    int fault_ = -1;
};

}  // namespace wdgui
