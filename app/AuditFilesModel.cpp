// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditFilesModel.h"

#include "Translate.h"

namespace wdgui {

AuditFilesModel::AuditFilesModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditFilesModel::setEntries(std::vector<wd::AuditFinding> entries) {
    beginResetModel();
    rows_ = std::move(entries);
    endResetModel();
}

int AuditFilesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AuditFilesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditFilesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) return {};
    const wd::AuditFinding& f = rows_[static_cast<size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case PathColumn: return fromPath(f.path);
    case DetailColumn: return wdgui::tr(f.detail);
    case OwnerColumn: return QString::number(f.uid);
    default: return {};
    }
}

QVariant AuditFilesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PathColumn: return tr("Path");
    case DetailColumn: return tr("Why");
    case OwnerColumn: return tr("Owner (uid)");
    default: return {};
    }
}

}  // namespace wdgui
