#pragma once

// libvirt's own verdict on a domain XML, asked the way the team's oracle
// (../shared/oracle/libvirt-verdict) asks it: define the XML under a unique temporary name with
// its <uuid> removed (so it can never replace an existing domain), read back the inactive XML
// with every address libvirt assigned, undefine it. Nothing is started.
//
//     const LibvirtVerdict v = askLibvirt(*connection, xmlText);
//     if (v.ok) ... v.xml is libvirt's output (original <name> restored, no <uuid>)
//     else ... v.error is libvirt's message
//
// What keeps a real domain safe (issue #18): the rename acts on the document's own
// <domain>/<name> and <uuid> elements (never on a <name> in a comment, CDATA or
// <description>); XML pcitopo refuses (entity declarations, …) is never sent; the temporary name
// must not exist before the define; the name libvirt defined is verified (virDomainGetName),
// and a define under any other name stops the check. (Not VIR_DOMAIN_DEFINE_VALIDATE: see
// LibvirtConnection::define.)

#include "libvirtconnection.h"

#include <QString>
#include <QStringList>

namespace pcitopo {

struct LibvirtVerdict {
    bool ok = false;
    QString error;         // libvirt's message when refused
    QString xml;           // libvirt's inactive XML when accepted
    bool cleanedUp = true; // false when the temporary domain could not be undefined
    bool sent = true;      // false: pcitopo refused the XML, libvirt was not asked (see error)
    bool stop = false;     // something unsafe happened (see error): ask libvirt nothing more
    QString temporaryName;
};

// "pcitopo-check-<pid>-<n>": unique within this process, distinct across processes.
QString temporaryDomainName();

// `xml` with its <domain>/<name> set to `name` (inserted first when there is none) and its
// <uuid> removed, edited through the document's element index. Empty, with pcitopo's reason in
// `refusal`, when pcitopo refuses the XML: such a text is never sent to libvirt.
QString withTemporaryName(const QString& xml, const QString& name, QString* refusal = nullptr);

// Defines, reads back and always undefines. A read-only connection gets libvirt's refusal.
LibvirtVerdict askLibvirt(const LibvirtConnection& connection, const QString& xml);

// Undefines the temporary domains of checks whose process is gone (killed before it could
// undefine its own): inactive, persistent, named pcitopo-check-<pid>-<n> with no process <pid>.
// Returns their names.
QStringList removeStaleTemporaryDomains(const LibvirtConnection& connection, QString* error);

} // namespace pcitopo
