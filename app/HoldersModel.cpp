// SPDX-License-Identifier: GPL-3.0-or-later
#include "HoldersModel.h"

#include "Translate.h"

#include <QStringList>

namespace wdgui {

HoldersModel::HoldersModel(QObject* parent) : QAbstractTableModel(parent) {}

void HoldersModel::setHolders(std::vector<wd::Holder> holders) {
    beginResetModel();
    holders_ = std::move(holders);
    endResetModel();
}

void HoldersModel::clear() { setHolders({}); }

const wd::Holder* HoldersModel::holderAt(int row) const {
    return row >= 0 && row < static_cast<int>(holders_.size()) ? &holders_[static_cast<size_t>(row)] : nullptr;
}

int HoldersModel::rowForPid(int pid) const {
    for (size_t i = 0; i < holders_.size(); ++i)
        if (holders_[i].pid == pid) return static_cast<int>(i);
    return -1;
}

int HoldersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(holders_.size());
}

int HoldersModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString HoldersModel::howText(uint32_t how) {
    // Each bit in the words of someone who did not write the program.
    const std::pair<uint32_t, QString> words[] = {
        {wd::HoldRead, tr("reading")},           {wd::HoldWrite, tr("writing")},
        {wd::HoldOpen, tr("open")},              {wd::HoldMmap, tr("mapped in memory")},
        {wd::HoldCwd, tr("current folder")},     {wd::HoldRoot, tr("root folder")},
        {wd::HoldExe, tr("running it")},         {wd::HoldFlock, tr("locked (flock)")},
        {wd::HoldPosixLock, tr("locked (record lock)")}, {wd::HoldInUse, tr("in use")},
    };
    QStringList out;
    for (const auto& [bit, word] : words)
        if (how & bit) out << word;
    return out.join(QStringLiteral(", "));
}

QVariant HoldersModel::data(const QModelIndex& index, int role) const {
    const wd::Holder* h = holderAt(index.row());
    if (!h) return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Program: return fromUtf8(h->name);
        case Pid: return h->pid;
        case User: return fromUtf8(h->user);
        case How: return howText(h->how);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = h->cmdline.empty() ? fromUtf8(h->name) : fromUtf8(h->cmdline);
        for (const auto& p : h->paths) tip += QLatin1Char('\n') + fromPath(p);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Pid)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HoldersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Program: return tr("Program");
    case Pid: return tr("PID");
    case User: return tr("User");
    case How: return tr("How it holds it");
    default: return {};
    }
}

}  // namespace wdgui
