#pragma once

// Waived diagnostics ("I know this NIC is not hot-unpluggable"), like KiCad's ERC exclusions:
// kept in the domain's <metadata> under pcitopo's namespace, which libvirt keeps as it is:
//
//   <metadata>
//     <pcitopo:waivers xmlns:pcitopo="https://pcitopo.org/xmlns/1.0">
//       <pcitopo:waiver code="pci.hotplug.not-unpluggable"
//                       message="interface virtio-net at 01:00.0 cannot be hot-unplugged: …"/>
//     </pcitopo:waivers>
//   </metadata>
//
// A waiver names a diagnostic by its code and its exact message (which names the device and
// its address), so it stops applying when the device moves. Errors cannot be waived.

#include "commands/documentcommand.h"
#include "diagnostic.h"
#include "document/domaindocument.h"

#include <QList>

namespace pcitopo {

struct Waiver {
    QString code;
    QString message;
    ElementId element = NoElement; // the <pcitopo:waiver> element
};

QList<Waiver> readWaivers(const DomainDocument& document);
// Marks the warnings and notes a waiver covers.
void markWaived(QList<Diagnostic>& diagnostics, const QList<Waiver>& waivers);
bool canWaive(const Diagnostic& diagnostic);

// Waives `diagnostic` (a warning or note): adds its <pcitopo:waiver>, and <metadata> and
// <pcitopo:waivers> when absent. One undo step.
class WaiveCommand : public DocumentCommand {
public:
    WaiveCommand(DomainDocument& document, const Diagnostic& diagnostic);

protected:
    bool perform(QString* error) override;

private:
    QString m_code;
    QString m_message;
    bool m_error = false;
};

// Restores a waived diagnostic: removes every waiver that covers it.
class RestoreWaivedCommand : public DocumentCommand {
public:
    RestoreWaivedCommand(DomainDocument& document, const Diagnostic& diagnostic);

protected:
    bool perform(QString* error) override;

private:
    QString m_code;
    QString m_message;
};

} // namespace pcitopo
