#pragma once

// libvirt's own verdict on a domain XML, asked the way the team's oracle
// (../shared/oracle/libvirt-verdict) asks it: define the XML under a unique temporary name with
// its <uuid> removed (so it can never replace an existing domain), read back the inactive XML
// with every address libvirt assigned, undefine it. Nothing is started.
//
//     const LibvirtVerdict v = askLibvirt(*connection, xmlText);
//     if (v.ok) ... v.xml is libvirt's output (original <name> restored, no <uuid>)
//     else ... v.error is libvirt's message

#include "libvirtconnection.h"

#include <QString>

namespace pcitopo {

struct LibvirtVerdict {
    bool ok = false;
    QString error;         // libvirt's message when refused
    QString xml;           // libvirt's inactive XML when accepted
    bool cleanedUp = true; // false when the temporary domain could not be undefined
    QString temporaryName;
};

// "pcitopo-check-<pid>-<n>": unique within this process, distinct across processes.
QString temporaryDomainName();

// `xml` under `name`, without its <uuid> (the oracle's substitution: first <name>…</name>
// replaced, or a <name> inserted after <domain …>; first <uuid>…</uuid> removed).
QString withTemporaryName(const QString& xml, const QString& name);

// Defines, reads back and always undefines. A read-only connection gets libvirt's refusal.
LibvirtVerdict askLibvirt(const LibvirtConnection& connection, const QString& xml);

} // namespace pcitopo
