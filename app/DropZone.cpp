// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropZone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QUrl>
#include <QVBoxLayout>

namespace wdgui {

namespace {

QStringList localPaths(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls()) return paths;
    for (const QUrl& url : mime->urls())
        if (const QString p = localPathOf(url); !p.isEmpty()) paths << p;
    return paths;
}

bool acceptable(const QMimeData* mime) {
    return mime && (!localPaths(mime).isEmpty() || (mime->hasText() && !mime->text().trimmed().isEmpty()));
}

}  // namespace

QString localPathOf(const QUrl& url, bool windows) {
    if (!url.isLocalFile()) return {};
    // Qt turns a host into "//host/"; only Qt for Windows drops the slash before a drive letter
    // ("/C:/x" -> "C:/x"), so that is done here, for the same answer on every platform.
    QString path = url.toLocalFile();
    if (!windows) return path;
    if (path.size() >= 4 && path.at(0) == QLatin1Char('/') && path.at(1).isLetter() && path.at(2) == QLatin1Char(':') &&
        path.at(3) == QLatin1Char('/'))
        path.remove(0, 1);
    const bool drive = path.size() >= 3 && path.at(0).isLetter() && path.at(1) == QLatin1Char(':') &&
                       path.at(2) == QLatin1Char('/');
    const bool unc = path.startsWith(QLatin1String("//")) && !url.host().isEmpty();
    if (!drive && !unc) return {};
    QString native = path;
    native.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return native;
}

DropZone::DropZone(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Drop zone"));
    setAccessibleDescription(tr("Drop a file, a folder or an error message here, or press Enter to choose a file"));
    setMinimumHeight(96);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    title_ = new QLabel(tr("Drop a file, a folder or an error message here"), this);
    title_->setAlignment(Qt::AlignCenter);
    title_->setWordWrap(true);
    hint_ = new QLabel(tr("or paste the error text with Ctrl+V, or choose a file with Ctrl+O"), this);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    // The labels are decoration of this one control; clicks and drops belong to the zone.
    for (QLabel* l : {title_, hint_}) l->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addStretch();
    layout->addWidget(title_);
    layout->addWidget(hint_);
    layout->addStretch();
    updateFonts();
}

QSize DropZone::sizeHint() const {
    return {560, compact_ ? 48 : 120};
}

void DropZone::setCompact(bool compact) {
    if (compact_ == compact) return;
    compact_ = compact;
    hint_->setVisible(!compact);
    setMinimumHeight(compact ? 40 : 96);
    layout()->setContentsMargins(24, compact ? 6 : 16, 24, compact ? 6 : 16);
    updateGeometry();
}

void DropZone::updateFonts() {
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    title_->setFont(f);
}

void DropZone::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateFonts();
    QFrame::changeEvent(event);
}

void DropZone::setHovering(bool on) {
    if (hovering_ == on) return;
    hovering_ = on;
    title_->setText(on ? tr("Release to find out why") : tr("Drop a file, a folder or an error message here"));
    update();
}

void DropZone::dragEnterEvent(QDragEnterEvent* event) {
    if (!acceptable(event->mimeData())) return event->ignore();
    event->acceptProposedAction();
    setHovering(true);
}

void DropZone::dragMoveEvent(QDragMoveEvent* event) {
    if (acceptable(event->mimeData())) event->acceptProposedAction();
    else event->ignore();
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event) {
    setHovering(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event) {
    setHovering(false);
    const QMimeData* mime = event->mimeData();
    const QStringList paths = localPaths(mime);
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        emit pathsDropped(paths);
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        event->acceptProposedAction();
        emit textDropped(mime->text());
    } else {
        event->ignore();
    }
}

void DropZone::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) emit activated();
    QFrame::mouseReleaseEvent(event);
}

void DropZone::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: emit activated(); return;
    default: QFrame::keyPressEvent(event);
    }
}

void DropZone::paintEvent(QPaintEvent*) {
    // Drawn from palette roles only, so it follows light, dark and high-contrast themes.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const qreal inset = 1.5;
    const QRectF r = QRectF(rect()).adjusted(inset, inset, -inset, -inset);
    QColor fill = pal.color(hovering_ ? QPalette::Highlight : QPalette::Base);
    if (hovering_) fill.setAlphaF(0.15);
    p.setBrush(fill);
    QPen pen(pal.color(hovering_ || hasFocus() ? QPalette::Highlight : QPalette::Mid));
    pen.setWidthF(hasFocus() || hovering_ ? 2.0 : 1.5);
    pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawRoundedRect(r, 10, 10);
}

}  // namespace wdgui
