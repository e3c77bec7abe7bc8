#pragma once

#include "document/domaindocument.h"
#include "validation/diagnostic.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace pcitopo {

class EditorContext;

// The views' gestures as model commands. Thin adapters: each builds one command from
// model/commands/ (or nullptr when the gesture cannot be turned into one); the views push it
// through EditorContext::execute(). No document logic lives here.
namespace edits {

std::unique_ptr<QUndoCommand> applyFix(const EditorContext& context, const SuggestedFix& fix);
// Adds a palette entry at `address`, or where libvirt would place it when absent.
std::unique_ptr<QUndoCommand> addPaletteEntry(const EditorContext& context, const QString& entryId,
                                              const std::optional<PciAddress>& address);
std::unique_ptr<QUndoCommand> moveDevice(const EditorContext& context, ElementId device,
                                         const PciAddress& address);
std::unique_ptr<QUndoCommand> removeAddress(const EditorContext& context, ElementId device);
// Removes a device, or a controller with everything on its bus. Returns nullptr and sets
// `refusal` when the model refuses (e.g. the root bus).
std::unique_ptr<QUndoCommand> removeDevice(const EditorContext& context, ElementId device,
                                           QString* refusal);
// value: "on", "off" or "" (remove the attribute).
std::unique_ptr<QUndoCommand> setMultifunction(const EditorContext& context, ElementId device,
                                               const QString& value);
std::unique_ptr<QUndoCommand> setControllerHotplug(const EditorContext& context,
                                                   ElementId controller, const QString& value);

} // namespace edits
} // namespace pcitopo
