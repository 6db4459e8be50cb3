// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundPool.h"

#include <QSaveFile>
#include <QThreadPool>

namespace wdgui {

QThreadPool* backgroundPool() {
    // Leaked on purpose (see the header). More threads than cores: they mostly wait on the kernel,
    // and abandoned ones must not starve the next piece of work.
    static QThreadPool* const pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

QString saveFile(const QString& target, const QByteArray& bytes) {
    QSaveFile out(target);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit()) return {};
    return out.errorString().isEmpty() ? QStringLiteral("write failed") : out.errorString();
}

}  // namespace wdgui
