// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathChainModel.h"

#include "Translate.h"
#include "whydenied/errno_name.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>

namespace wdgui {

PathChainModel::PathChainModel(QObject* parent) : QAbstractTableModel(parent) {}

void PathChainModel::setChain(std::vector<wd::Node> chain, int fault) {
    beginResetModel();
    chain_ = std::move(chain);
    fault_ = fault >= 0 && fault < static_cast<int>(chain_.size()) ? fault : -1;
    endResetModel();
}

void PathChainModel::clear() {
    setChain({}, -1);
}

int PathChainModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(chain_.size());
}

int PathChainModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PathChainModel::text(const wd::Node& n, int column, bool fault) const {
    const bool known = n.exists && n.statErrno == 0;
    switch (column) {
    case Mode: {
        if (!known) return QStringLiteral("?");
        return QString::fromStdString(wd::lsMode(n));  // with ls(1)'s '+' for an extended ACL
    }
    case Owner: return known ? (n.owner.empty() ? QString::number(n.uid) : fromUtf8(n.owner)) : QString();
    case Group: return known ? (n.group.empty() ? QString::number(n.gid) : fromUtf8(n.group)) : QString();
    case Name: {
        // Indent by link depth, as namei does for the components reached through a symlink.
        QString name = QString(2 * n.linkDepth, QLatin1Char(' ')) + fromPath(n.name);
        if (!n.linkTarget.empty()) name += QStringLiteral(" → ") + fromPath(n.linkTarget);
        return name;
    }
    case Note: {
        QStringList notes;
        if (fault) notes << tr("access stops here");
        if (!n.exists) notes << tr("does not exist");
        else if (n.statErrno) notes << tr("cannot be inspected (%1)").arg(fromUtf8(wd::errnoName(n.statErrno)));
        if (n.immutable) notes << tr("immutable");
        if (n.appendOnly) notes << tr("append-only");
        if (!n.acl.empty()) notes << tr("has an ACL");
        if (n.mountPoint) notes << tr("mount point");
        return notes.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant PathChainModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(chain_.size())) return {};
    const wd::Node& n = chain_[static_cast<size_t>(index.row())];
    const bool fault = index.row() == fault_;
    switch (role) {
    case Qt::DisplayRole: return text(n, index.column(), fault);
    case Qt::ToolTipRole: return fromPath(n.path);
    case Qt::AccessibleTextRole: return text(n, index.column(), fault);
    case Qt::FontRole: {
        QFont f = index.column() == Mode ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QApplication::font();
        if (fault) f.setBold(true);
        return f;
    }
    case Qt::DecorationRole:
        if (fault && index.column() == Name)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (fault) {
            // A tint of the palette's highlight: visible in light and dark themes, and distinct
            // from the (full-strength) selection.
            QColor c = QApplication::palette().color(QPalette::Highlight);
            c.setAlphaF(0.22);
            return c;
        }
        return {};
    case Qt::ForegroundRole:
        if (!n.exists || n.statErrno) return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default: return {};
    }
}

QVariant PathChainModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Mode: return tr("Mode");
    case Owner: return tr("Owner");
    case Group: return tr("Group");
    case Name: return tr("Name");
    case Note: return tr("Note");
    default: return {};
    }
}

}  // namespace wdgui
