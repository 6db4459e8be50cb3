// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace wdgui {

QString tr(const wd::Message& msg) {
    if (msg.empty()) return {};
    // With a count, Qt picks the plural form of the reader's language and fills in %n itself.
    const QByteArray translated =
        (msg.count >= 0 ? QCoreApplication::translate(WD_TR_CONTEXT, msg.source, nullptr, static_cast<int>(msg.count))
                        : QCoreApplication::translate(WD_TR_CONTEXT, msg.source))
            .toUtf8();
    if (msg.wordArgs == 0 && msg.inner.empty()) return QString::fromStdString(msg.render(translated.constData()));
    wd::Message words = msg;
    for (size_t i = 0; i < words.args.size(); ++i)
        if (words.wordArgs & (1U << i))
            words.args[i] = QCoreApplication::translate(WD_TR_CONTEXT, words.args[i].c_str()).toStdString();
    for (size_t k = 0; k < msg.inner.size() && k < msg.innerAt.size(); ++k)
        if (msg.innerAt[k] < words.args.size()) words.args[msg.innerAt[k]] = tr(msg.inner[k]).toStdString();
    return QString::fromStdString(words.render(translated.constData()));
}

QString fromPath(const std::string& path) {
#ifdef _WIN32
    return QString::fromStdString(path);
#else
    return QFile::decodeName(QByteArray::fromStdString(path));
#endif
}

std::string toPath(const QString& path) {
#ifdef _WIN32
    // QFile::encodeName would use the ANSI code page there: "日本" would become "??".
    return path.toStdString();
#else
    return QFile::encodeName(path).toStdString();
#endif
}

QString fromUtf8(const std::string& s) {
    return QString::fromStdString(s);
}

QString evidenceLabel(const std::string& key) {
    // Every key the rules use (core/src/rules), so that lupdate offers each one for translation.
    static const char* const kKeys[] = {
        QT_TRANSLATE_NOOP("Evidence", "acl"),
        QT_TRANSLATE_NOOP("Evidence", "attributes"),
        QT_TRANSLATE_NOOP("Evidence", "checked for"),
        QT_TRANSLATE_NOOP("Evidence", "container user"),
        QT_TRANSLATE_NOOP("Evidence", "deciding entry"),
        QT_TRANSLATE_NOOP("Evidence", "default label"),
        QT_TRANSLATE_NOOP("Evidence", "effective rights"),
        QT_TRANSLATE_NOOP("Evidence", "entry owner"),
        QT_TRANSLATE_NOOP("Evidence", "error"),
        QT_TRANSLATE_NOOP("Evidence", "flags"),
        QT_TRANSLATE_NOOP("Evidence", "full disk access"),
        QT_TRANSLATE_NOOP("Evidence", "full disk access probe"),
        QT_TRANSLATE_NOOP("Evidence", "granting entry"),
        QT_TRANSLATE_NOOP("Evidence", "group"),
        QT_TRANSLATE_NOOP("Evidence", "holders"),
        QT_TRANSLATE_NOOP("Evidence", "inherited"),
        QT_TRANSLATE_NOOP("Evidence", "kernel check"),
        QT_TRANSLATE_NOOP("Evidence", "kind"),
        QT_TRANSLATE_NOOP("Evidence", "mode"),
        QT_TRANSLATE_NOOP("Evidence", "mount"),
        QT_TRANSLATE_NOOP("Evidence", "nearest existing"),
        QT_TRANSLATE_NOOP("Evidence", "needs"),
        QT_TRANSLATE_NOOP("Evidence", "no new privileges"),
        QT_TRANSLATE_NOOP("Evidence", "node"),
        QT_TRANSLATE_NOOP("Evidence", "not inspected"),
        QT_TRANSLATE_NOOP("Evidence", "note"),
        QT_TRANSLATE_NOOP("Evidence", "owned by another user"),
        QT_TRANSLATE_NOOP("Evidence", "owner"),
        QT_TRANSLATE_NOOP("Evidence", "owner inside"),
        QT_TRANSLATE_NOOP("Evidence", "owner on the host"),
        QT_TRANSLATE_NOOP("Evidence", "owner sid"),
        QT_TRANSLATE_NOOP("Evidence", "package manager"),
        QT_TRANSLATE_NOOP("Evidence", "path"),
        QT_TRANSLATE_NOOP("Evidence", "process label"),
        QT_TRANSLATE_NOOP("Evidence", "profile"),
        QT_TRANSLATE_NOOP("Evidence", "program in the message"),
        QT_TRANSLATE_NOOP("Evidence", "protected folder"),
        QT_TRANSLATE_NOOP("Evidence", "protected location"),
        QT_TRANSLATE_NOOP("Evidence", "recorded"),
        QT_TRANSLATE_NOOP("Evidence", "responsible app"),
        QT_TRANSLATE_NOOP("Evidence", "ruled out"),
        QT_TRANSLATE_NOOP("Evidence", "sandbox"),
        QT_TRANSLATE_NOOP("Evidence", "seccomp mode"),
        QT_TRANSLATE_NOOP("Evidence", "selinux label"),
        QT_TRANSLATE_NOOP("Evidence", "session groups"),
        QT_TRANSLATE_NOOP("Evidence", "system integrity protection"),
        QT_TRANSLATE_NOOP("Evidence", "token"),
        QT_TRANSLATE_NOOP("Evidence", "type"),
        QT_TRANSLATE_NOOP("Evidence", "wanted"),
        QT_TRANSLATE_NOOP("Evidence", "xattr"),
        QT_TRANSLATE_NOOP("Evidence", "you"),
    };
    for (const char* k : kKeys)
        if (key == k) return QCoreApplication::translate("Evidence", k);
    // Keys that carry a process id: "holder 4242", "running as 4242".
    for (const char* prefix : {QT_TRANSLATE_NOOP("Evidence", "holder"), QT_TRANSLATE_NOOP("Evidence", "running as")}) {
        const std::string p = std::string(prefix) + " ";
        if (key.size() > p.size() && key.compare(0, p.size(), p) == 0)
            return QCoreApplication::translate("Evidence", prefix) + QLatin1Char(' ') + fromUtf8(key.substr(p.size()));
    }
    return fromUtf8(key);  // a path (ssh-strict-modes lists each folder) or a technical name
}

QString evidenceValue(const std::string& key, const std::string& value) {
    // The words the rules put into these keys (core/src/rules: toString(NodeType), the attribute
    // and flag names); anything else in them is data and is shown as it is.
    static const char* const kWords[] = {
        QT_TRANSLATE_NOOP("EvidenceValue", "file"),        QT_TRANSLATE_NOOP("EvidenceValue", "dir"),
        QT_TRANSLATE_NOOP("EvidenceValue", "symlink"),     QT_TRANSLATE_NOOP("EvidenceValue", "fifo"),
        QT_TRANSLATE_NOOP("EvidenceValue", "socket"),      QT_TRANSLATE_NOOP("EvidenceValue", "chardev"),
        QT_TRANSLATE_NOOP("EvidenceValue", "blockdev"),    QT_TRANSLATE_NOOP("EvidenceValue", "unknown"),
        QT_TRANSLATE_NOOP("EvidenceValue", "immutable"),   QT_TRANSLATE_NOOP("EvidenceValue", "append-only"),
        QT_TRANSLATE_NOOP("EvidenceValue", "read-only"),   QT_TRANSLATE_NOOP("EvidenceValue", "hidden"),
        QT_TRANSLATE_NOOP("EvidenceValue", "system"),      QT_TRANSLATE_NOOP("EvidenceValue", "reparse point"),
        QT_TRANSLATE_NOOP("EvidenceValue", "offline"),     QT_TRANSLATE_NOOP("EvidenceValue", "recall on open"),
        QT_TRANSLATE_NOOP("EvidenceValue", "recall on data access"),
        QT_TRANSLATE_NOOP("EvidenceValue", "yes: it came from a parent folder"),
    };
    const auto word = [&](const std::string& w) -> QString {
        for (const char* k : kWords)
            if (w == k) return QCoreApplication::translate("EvidenceValue", k);
        return fromUtf8(w);
    };
    if (key == "type" || key == "inherited") return word(value);
    if (key == "attributes") {
        // Windows lists several: "read-only, hidden".
        QStringList parts;
        size_t from = 0;
        for (size_t comma; (comma = value.find(", ", from)) != std::string::npos; from = comma + 2)
            parts << word(value.substr(from, comma - from));
        parts << word(value.substr(from));
        return parts.join(QStringLiteral(", "));
    }
    return fromUtf8(value);
}

QString operationLabel(wd::Operation op) {
    return QCoreApplication::translate("Operation", wd::operationWords(op).label);
}

}  // namespace wdgui
