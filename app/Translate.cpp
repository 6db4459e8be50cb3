#include "Translate.h"

#include <QCoreApplication>
#include <QFile>

namespace wdgui {

QString tr(const wd::Message& msg) {
    if (msg.empty()) return {};
    const QByteArray translated = QCoreApplication::translate(WD_TR_CONTEXT, msg.source).toUtf8();
    if (msg.wordArgs == 0) return QString::fromStdString(msg.render(translated.constData()));
    wd::Message words = msg;
    for (size_t i = 0; i < words.args.size(); ++i)
        if (words.wordArgs & (1U << i))
            words.args[i] = QCoreApplication::translate(WD_TR_CONTEXT, words.args[i].c_str()).toStdString();
    return QString::fromStdString(words.render(translated.constData()));
}

QString fromPath(const std::string& path) {
    return QFile::decodeName(QByteArray::fromStdString(path));
}

std::string toPath(const QString& path) {
    return QFile::encodeName(path).toStdString();
}

QString fromUtf8(const std::string& s) {
    return QString::fromStdString(s);
}

QString operationLabel(wd::Operation op) {
    switch (op) {
    case wd::Operation::Read: return QCoreApplication::translate("Operation", "read");
    case wd::Operation::Write: return QCoreApplication::translate("Operation", "write");
    case wd::Operation::Create: return QCoreApplication::translate("Operation", "create");
    case wd::Operation::Delete: return QCoreApplication::translate("Operation", "delete");
    case wd::Operation::Rename: return QCoreApplication::translate("Operation", "rename");
    case wd::Operation::Execute: return QCoreApplication::translate("Operation", "execute");
    case wd::Operation::List: return QCoreApplication::translate("Operation", "list");
    case wd::Operation::Traverse: return QCoreApplication::translate("Operation", "traverse");
    case wd::Operation::Connect: return QCoreApplication::translate("Operation", "connect");
    case wd::Operation::Chmod: return QCoreApplication::translate("Operation", "change permissions");
    case wd::Operation::Chown: return QCoreApplication::translate("Operation", "change owner");
    case wd::Operation::Unknown: break;
    }
    return QCoreApplication::translate("Operation", "use");
}

}  // namespace wdgui
