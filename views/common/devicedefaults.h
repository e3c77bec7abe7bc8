#pragma once

#include <QList>
#include <QString>

namespace pcitopo {

struct Device;

// A palette template made ready for this domain: a disk gets the first free target name on
// its bus (vda, vdb, … — not the template's placeholder) and an image file named after it, so
// two added disks never collide and the second is `vdb`.
QString withDomainDefaults(const QString& xmlTemplate, const QList<Device>& devices);

} // namespace pcitopo
