// SPDX-License-Identifier: GPL-3.0-or-later
// The processes holding a file, one row each: program, pid, user, how it holds it.
#pragma once

#include "whydenied/holders.h"

#include <QAbstractTableModel>

#include <vector>

namespace wdgui {

class HoldersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Program, Pid, User, How, ColumnCount };

    explicit HoldersModel(QObject* parent = nullptr);

    void setHolders(std::vector<wd::Holder> holders);
    void clear();
    const wd::Holder* holderAt(int row) const;
    int rowForPid(int pid) const;  // -1 when no row has it

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "read, write, locked (flock)": the how-bits in words a person reads, translated.
    static QString howText(uint32_t how);

private:
    std::vector<wd::Holder> holders_;
};

}  // namespace wdgui
