#pragma once

#include <QString>

namespace pcitopo {

// Where a document opened from libvirt came from: the connection and the domain.
struct LibvirtOrigin {
    QString uri;
    bool readOnly = false;
    QString domain;

    bool isValid() const { return !uri.isEmpty() && !domain.isEmpty(); }
};

// The connection URI the user last used (QSettings "libvirt/uri"), qemu:///system at first.
QString rememberedLibvirtUri();
void rememberLibvirtUri(const QString& uri);
bool rememberedLibvirtReadOnly();
void rememberLibvirtReadOnly(bool readOnly);

} // namespace pcitopo
