// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied: the desktop troubleshooter. `whydenied [--op OP] [PATH]`
#include "StartupBenchmark.h"
#include "DiagnosisRunner.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "Translate.h"
#include "ViewDump.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// For --dark (screenshots, and desktops whose platform theme gives Qt no dark palette). Colours
// enter the program only here, as palette roles; every widget draws through those roles.
QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor dim(0x9a, 0x9d, 0xa3), highlight(0x3d, 0x8b, 0xfd);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x3a, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x63));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x82));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x35, 0x38));
    return p;
}

QIcon appIcon() {
    // The SVG needs Qt's svg image plugin (libqt6svg6); without it the PNG rendering stands in.
    QIcon icon;
    if (QImageReader::supportedImageFormats().contains("svg")) icon.addFile(QStringLiteral(":/icons/whydenied.svg"));
    icon.addFile(QStringLiteral(":/icons/whydenied-64.png"));
    icon.addFile(QStringLiteral(":/icons/whydenied-256.png"));
    return icon;
}

// --lang acts before the parser exists, because the parser's own help text is translated.
QString requestedLanguage(const QStringList& args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--")) break;
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang="))) return args[i].mid(7);
    }
    return {};
}

// --smoke-test (scripts/test-package.sh): the installed binary found its Qt plugins, built the
// window and speaks the chosen language. Prints the title and the visible texts, one a line.
void printVisibleTexts(const QWidget& window) {
    std::printf("%s\n", window.windowTitle().toUtf8().constData());
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty())
            std::printf("%s\n", QString(label->text()).remove(QLatin1Char('&')).toUtf8().constData());
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (button->isVisible() && !button->text().isEmpty())
            std::printf("%s\n", QString(button->text()).remove(QLatin1Char('&')).toUtf8().constData());
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WhyDenied"));
    QApplication::setOrganizationName(QStringLiteral("WhyDenied"));
    QApplication::setApplicationVersion(QStringLiteral(WD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.whydenied.WhyDenied"));  // packaging/linux
    QApplication::setWindowIcon(appIcon());

    if (const QString lang = requestedLanguage(QApplication::arguments()); !lang.isEmpty())
        QLocale::setDefault(QLocale(lang));
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // No full translation for this language (English, or one not translated yet): the English
    // plural forms at least, or "%n folders" would read "1 folders".
    if (appTranslator.load(QLocale(), QStringLiteral("whydenied"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        appTranslator.load(QStringLiteral(":/i18n/whydenied_en.qm")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explains why a file or folder gives \"Permission denied\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"), QApplication::translate("main", "The file or folder to check."),
                                 QStringLiteral("[PATH]"));
    QCommandLineOption opOption(QStringList{QStringLiteral("o"), QStringLiteral("op")},
                                QApplication::translate("main", "What was attempted: any (every plausible operation), "
                                                                "read, write, create, delete, rename, execute, list, "
                                                                "traverse or connect."),
                                QStringLiteral("OP"), QStringLiteral("any"));
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QApplication::translate("main", "Use this language instead of the system's (de, en, "
                                                                  "es, fr, ja)."),
                                  QStringLiteral("LANG"));
    QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
                                   QStringLiteral("Show the window, print its texts and quit."));
    QCommandLineOption darkOption(QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette."));
    QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window and quit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption shotDelayOption(QStringLiteral("screenshot-delay"),
                                       QStringLiteral("Milliseconds to wait before the picture."), QStringLiteral("MS"),
                                       QStringLiteral("800"));
    QCommandLineOption shotOfOption(QStringLiteral("screenshot-of"),
                                    QStringLiteral("What --screenshot takes: window (default), fix (the first fix "
                                                   "applied) or audit (the folder of the file)."),
                                    QStringLiteral("WHAT"), QStringLiteral("window"));
    QCommandLineOption pasteOption(QStringLiteral("paste-text"), QStringLiteral("Start with this error text pasted."),
                                   QStringLiteral("TEXT"));
    QCommandLineOption benchOption(QStringLiteral("benchmark"),
                                   QStringLiteral("Print start-up time, idle memory and the longest UI stall while "
                                                  "diagnosing PATH, then quit (bench/startup.sh)."));
    QCommandLineOption dumpOption(QStringLiteral("dump-view"),
                                  QApplication::translate("main", "Once the first answer is on screen, write what the "
                                                                  "window shows (headline, cause ids, fix ids, "
                                                                  "holders) to FILE as JSON."),
                                  QStringLiteral("FILE"));
    QCommandLineOption dumpQuitOption(QStringLiteral("quit-after-dump"),
                                      QApplication::translate("main", "Quit once --dump-view has written its file."));
    parser.addOptions({langOption, smokeOption, dumpOption, dumpQuitOption});
    for (QCommandLineOption* hidden : {&smokeOption, &shotOption, &shotDelayOption, &shotOfOption, &pasteOption, &benchOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({opOption, darkOption, shotOption, shotDelayOption, shotOfOption, pasteOption, benchOption});
    parser.process(app);

    const auto op = wd::operationFromString(parser.value(opOption).toStdString());
    if (!op) {
        std::fprintf(stderr, "whydenied: unknown operation '%s'\n", qPrintable(parser.value(opOption)));
        return 2;
    }
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    const bool screenshot = parser.isSet(shotOption);
    wdgui::MainWindow window;
    // Scripted runs (pictures, timings, --dump-view) neither depend on nor change the user's settings.
    if (!screenshot && !parser.isSet(benchOption) && !parser.isSet(dumpOption)) window.loadSettings();
    window.setOperation(*op);
    window.show();

    if (parser.isSet(dumpQuitOption) && !parser.isSet(dumpOption)) {
        std::fprintf(stderr, "whydenied: --quit-after-dump needs --dump-view FILE\n");
        return 2;
    }
    if (parser.isSet(dumpOption)) wdgui::dumpViewWhenShown(window, parser.value(dumpOption), parser.isSet(dumpQuitOption));

    const QStringList args = parser.positionalArguments();
    if (parser.isSet(benchOption)) {
        wdgui::runBenchmark(window, args.isEmpty() ? QString() : QDir::toNativeSeparators(QDir::current().absoluteFilePath(args.front())));
        return app.exec();
    }
    // Explorer's context menu passes "%1": C:\… or \\server\share\…, spaces and any letters included.
    if (!args.isEmpty()) window.diagnose(QDir::toNativeSeparators(QDir::current().absoluteFilePath(args.front())));
    else if (parser.isSet(pasteOption)) window.pasteErrorText(parser.value(pasteOption));

    if (parser.isSet(smokeOption)) {
        QTimer::singleShot(0, &app, [&window] {
            printVisibleTexts(window);
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    if (screenshot) {
        const QString of = parser.value(shotOfOption);
        const auto what = of == QLatin1String("fix")     ? wdgui::ScreenshotOf::FixDialog
                          : of == QLatin1String("audit") ? wdgui::ScreenshotOf::Audit
                                                         : wdgui::ScreenshotOf::Window;
        wdgui::takeScreenshot(window, what, parser.value(shotOption), parser.value(shotDelayOption).toInt());
    }
    return app.exec();
}
