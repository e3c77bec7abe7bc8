#pragma once

#include "commands/documentcommand.h"
#include "document/domaindocument.h"
#include "validation/diagnostic.h"

#include <QStringList>
#include <memory>
#include <optional>

namespace pcitopo {

class EditorContext;

// The views' gestures as model commands. Thin adapters: each builds one command from
// model/commands/ (or nullptr when the gesture cannot be turned into one); the views push it
// through EditorContext::execute(). No document logic lives here.
namespace edits {

std::unique_ptr<DocumentCommand> applyFix(const EditorContext& context, const SuggestedFix& fix);
// Adds a palette entry at `address`, or where libvirt would place it when absent.
std::unique_ptr<DocumentCommand> addPaletteEntry(const EditorContext& context,
                                                 const QString& entryId,
                                                 const std::optional<PciAddress>& address);
// Where no slot takes a palette entry (a device, or a controller such as a switch downstream
// port): adds `controllerModel` in the first slot that takes it and the entry in the new
// controller's first slot, as one transaction. `description` (when
// given) says where both go. nullptr when no slot takes the controller either.
std::unique_ptr<DocumentCommand> addPaletteEntryWithController(const EditorContext& context,
                                                               const QString& entryId,
                                                               const QString& controllerModel,
                                                               QString* description = nullptr);
std::unique_ptr<DocumentCommand> moveDevice(const EditorContext& context, ElementId device,
                                            const PciAddress& address);
std::unique_ptr<DocumentCommand> removeAddress(const EditorContext& context, ElementId device);
// Removes a device, or a PCI controller: with `withSubtree` everything below it goes too,
// otherwise the command refuses when anything sits below it. Returns nullptr and sets
// `refusal` when there is nothing removable (the root bus, no selection).
std::unique_ptr<DocumentCommand> removeDevice(const EditorContext& context, ElementId device,
                                              bool withSubtree, QString* refusal);
// The number of devices and controllers below a PCI controller element (0 for a device).
int subtreeSize(const EditorContext& context, ElementId controller);
// value: "on", "off" or "" (remove the attribute).
std::unique_ptr<DocumentCommand> setMultifunction(const EditorContext& context, ElementId device,
                                                  const QString& value);
std::unique_ptr<DocumentCommand> setControllerHotplug(const EditorContext& context,
                                                      ElementId controller, const QString& value);
// An expander bus's <target><node>; nullopt removes it.
std::unique_ptr<DocumentCommand> setNumaNode(const EditorContext& context, ElementId controller,
                                             std::optional<int> node);
// Keep the Old Addresses (before Save): gives every device that exists in `before` and in the
// document, and whose guest-visible address moved to one the XML now writes, its old address
// again (as libvirt defined it), as one command (nullptr when there is none). A device whose old
// address is no longer free or no longer exists (its bus removed) keeps its new one; `kept` and
// `left` get one line per device.
std::unique_ptr<DocumentCommand> keepOldAddresses(const EditorContext& context,
                                                  const DomainDocument& before, QStringList* kept,
                                                  QStringList* left);

} // namespace edits
} // namespace pcitopo
