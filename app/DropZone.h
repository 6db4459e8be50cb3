// SPDX-License-Identifier: GPL-3.0-or-later
// The large target a user drops a file, a folder or an error message on.
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QUrl;

namespace wdgui {

// The path a dropped or pasted URL names, or empty when it names none on this computer's file
// systems. `windows`: Explorer's URLs (file:///C:/…, file://server/share/… for UNC) become
// C:\… and \\server\share\…; the default is the platform's own.
#ifdef _WIN32
QString localPathOf(const QUrl& url, bool windows = true);
#else
QString localPathOf(const QUrl& url, bool windows = false);
#endif

class DropZone : public QFrame {
    Q_OBJECT
public:
    explicit DropZone(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    // With an answer on screen the zone needs only to be found, not explained: one line.
    void setCompact(bool compact);
    bool isCompact() const { return compact_; }

signals:
    void pathsDropped(const QStringList& paths);  // local files and folders, in drop order
    void textDropped(const QString& text);        // anything else with text: an error message
    void activated();                             // clicked, or Enter/Space with focus: choose a file

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setHovering(bool on);
    void updateFonts();

    QLabel* title_;
    QLabel* hint_;
    bool hovering_ = false;
    bool compact_ = false;
};

}  // namespace wdgui
