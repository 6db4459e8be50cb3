// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests need a QApplication, and no display: the offscreen platform unless told otherwise.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdio>

namespace {

// The offscreen platform cannot resize a native window to fit; it says so for every window.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
    if (msg.contains(QLatin1String("does not support propagateSizeHints"))) return;
    const QByteArray local = qFormatLogMessage(type, context, msg).toLocal8Bit();
    std::fprintf(stderr, "%s\n", local.constData());
}

}  // namespace

int main(int argc, char** argv) {
    qInstallMessageHandler(quietMessages);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and recent items go to ~/.qttest, never the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WhyDeniedTests"));
    QApplication::setApplicationName(QStringLiteral("app_tests"));
    return RUN_ALL_TESTS();
}
