// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include "Translate.h"

#include <QLocale>

#include <algorithm>

namespace wdgui {

namespace {
// Cause ids in words for the table; the id itself stays in the tooltip and in CauseIdRole.
QString causeTitle(const std::string& id) {
    if (id == "owned-by-another-user") return AuditModel::tr("Owned by another user");
    if (id == "owner-lacks-permission") return AuditModel::tr("Yours, but without the permission");
    if (id == "group-lacks-permission") return AuditModel::tr("Your group lacks the permission");
    if (id == "parent-not-traversable") return AuditModel::tr("Folders without search permission");
    if (id == "parent-not-writable") return AuditModel::tr("In folders you cannot change");
    if (id == "sticky-directory") return AuditModel::tr("In a sticky folder, owned by others");
    if (id == "immutable-attribute") return AuditModel::tr("Immutable");
    if (id == "append-only-attribute") return AuditModel::tr("Append-only");
    if (id == "acl-denies") return AuditModel::tr("An ACL denies it");
    if (id == "read-only-filesystem") return AuditModel::tr("On a read-only filesystem");
    if (id == "group-membership-not-active") return AuditModel::tr("Group membership not active yet");
    return QString::fromStdString(id);
}
}  // namespace

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditModel::setLive(const std::map<std::string, std::pair<uint64_t, std::string>>& counts) {
    for (const auto& [cause, c] : counts) {
        auto it = std::find_if(rows_.begin(), rows_.end(), [&](const wd::AuditGroup& g) { return g.cause == cause; });
        if (it == rows_.end()) {
            const int row = static_cast<int>(rows_.size());
            beginInsertRows({}, row, row);
            wd::AuditGroup g;
            g.cause = cause;
            g.count = c.first;
            wd::AuditFinding f;
            f.path = c.second;
            g.samples.push_back(f);
            rows_.push_back(std::move(g));
            endInsertRows();
        } else if (it->count != c.first) {
            it->count = c.first;
            const int row = static_cast<int>(it - rows_.begin());
            emit dataChanged(index(row, CountColumn), index(row, CountColumn));
        }
    }
}

void AuditModel::setSummary(const wd::AuditSummary& s) {
    beginResetModel();
    rows_ = s.groups;
    endResetModel();
}

void AuditModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

QString AuditModel::causeAt(int row) const {
    return row >= 0 && row < rowCount() ? QString::fromStdString(rows_[static_cast<size_t>(row)].cause) : QString();
}

uint64_t AuditModel::countOf(const QString& cause) const {
    for (const auto& g : rows_)
        if (QString::fromStdString(g.cause) == cause) return g.count;
    return 0;
}

const wd::AuditGroup* AuditModel::groupAt(int row) const {
    return row >= 0 && row < rowCount() ? &rows_[static_cast<size_t>(row)] : nullptr;
}

int AuditModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int AuditModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    const wd::AuditGroup* g = groupAt(index.row());
    if (!g) return {};
    if (role == CauseIdRole) return QString::fromStdString(g->cause);
    if (role == Qt::ToolTipRole) {
        QString tip = QString::fromStdString(g->cause);
        for (const auto& f : g->topFolders) tip += QLatin1Char('\n') + tr("%1 in %2").arg(f.count).arg(fromPath(f.path));
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CountColumn && index.column() <= FoldersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case CauseColumn: return causeTitle(g->cause);
    case CountColumn: return QLocale().toString(static_cast<qulonglong>(g->count));
    case FilesColumn: return g->files || g->dirs ? QLocale().toString(static_cast<qulonglong>(g->files)) : QString();
    case FoldersColumn: return g->files || g->dirs ? QLocale().toString(static_cast<qulonglong>(g->dirs)) : QString();
    case ExampleColumn: return g->samples.empty() ? QString() : fromPath(g->samples.front().path);
    default: return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case CauseColumn: return tr("Problem");
    case CountColumn: return tr("Entries");
    case FilesColumn: return tr("Files");
    case FoldersColumn: return tr("Folders");
    case ExampleColumn: return tr("For example");
    default: return {};
    }
}

}  // namespace wdgui
