#include "libvirtorigin.h"

#include "libvirtconnection.h"

#include <QSettings>

namespace pcitopo {

namespace {
const QString UriKey = QStringLiteral("libvirt/uri");
const QString ReadOnlyKey = QStringLiteral("libvirt/readOnly");
} // namespace

QString rememberedLibvirtUri() {
    return QSettings().value(UriKey, LibvirtConnection::defaultUri()).toString();
}

void rememberLibvirtUri(const QString& uri) {
    QSettings().setValue(UriKey, uri);
}

bool rememberedLibvirtReadOnly() {
    return QSettings().value(ReadOnlyKey, false).toBool();
}

void rememberLibvirtReadOnly(bool readOnly) {
    QSettings().setValue(ReadOnlyKey, readOnly);
}

} // namespace pcitopo
