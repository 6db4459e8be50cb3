// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "AuditView.h"
#include "FixDialog.h"
#include "MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace wdgui {
namespace {

// Grabs the widget itself, not the screen: no window manager decorations, no races with a
// compositor, the same pixels on Xvfb and offscreen.
void saveAndQuit(QWidget* w, const QString& file) {
    const bool ok = w && w->grab().save(file);
    if (!ok) std::fprintf(stderr, "whydenied: could not save %s\n", qPrintable(file));
    QApplication::exit(ok ? 0 : 1);
}

// The first fix on screen that the engine applies without a password (the README's scenario has
// one: the read-only file is the user's own).
QPushButton* firstFixButton(MainWindow& window) {
    for (QPushButton* b : window.findChildren<QPushButton*>(QStringLiteral("fixButton")))
        if (b->isVisible() && b->isEnabled()) return b;
    return nullptr;
}

}  // namespace

void takeScreenshot(MainWindow& window, ScreenshotOf what, const QString& file, int delayMs) {
    auto* poll = new QTimer(&window);
    poll->setInterval(50);
    // One step after the other, each when the previous one has settled.
    enum class Step { Diagnosis, FixOpened, FixApplied, AuditRunning };
    auto step = std::make_shared<Step>(Step::Diagnosis);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, what, file, poll, step] {
        if (window.isBusy()) return;
        switch (*step) {
        case Step::Diagnosis:
            if (what == ScreenshotOf::Window) {
                poll->stop();
                return saveAndQuit(&window, file);
            }
            if (what == ScreenshotOf::Audit) {
                window.openAudit(QFileInfo(window.currentPath()).absolutePath());
                *step = Step::AuditRunning;
                return;
            }
            if (QPushButton* b = firstFixButton(window)) {
                b->click();
                *step = Step::FixOpened;
                return;
            }
            poll->stop();
            std::fprintf(stderr, "whydenied: no fix to show on screen\n");
            return QApplication::exit(1);
        case Step::FixOpened:
            if (auto* d = window.findChild<FixDialog*>(QStringLiteral("fixDialog"))) {
                if (auto* apply = d->findChild<QPushButton*>(QStringLiteral("applyButton"))) apply->click();
                *step = Step::FixApplied;
            }
            return;
        case Step::FixApplied:
            if (auto* d = window.findChild<FixDialog*>(QStringLiteral("fixDialog")); d && !d->isBusy()) {
                poll->stop();
                saveAndQuit(d, file);
            }
            return;
        case Step::AuditRunning:
            if (auto* v = window.findChild<AuditView*>(QStringLiteral("auditView")); v && v->summary()) {
                poll->stop();
                saveAndQuit(v, file);
            }
            return;
        }
    });
    QTimer::singleShot(delayMs, poll, qOverload<>(&QTimer::start));
}

}  // namespace wdgui
