#include "resolvedtopology.h"

#include "validationcontext.h"
#include <algorithm>

namespace pcitopo {

const ResolvedController* ResolvedTopology::controller(int index) const {
    // `controllers` keeps the placement's order, stably sorted by index: bisect (this is looked
    // up for every device; a linear search made domains with thousands of buses quadratic).
    const auto c =
        std::lower_bound(controllers.cbegin(), controllers.cend(), index,
                         [](const ResolvedController& r, int wanted) { return r.index < wanted; });
    return c != controllers.cend() && c->index == index ? &*c : nullptr;
}

QString ResolvedTopology::busModel(const ValidationContext& context, int index) const {
    if (index == 0)
        return context.rules.rootModel(context.machine);
    const ResolvedController* c = controller(index);
    return c ? c->model : context.rules.defaultBusModel(context.machine);
}

bool ResolvedTopology::hotplugOff(int index) const {
    if (index == 0)
        return rootHotplugOff;
    if (const ResolvedController* c = controller(index))
        return c->hotplugOff;
    return false;
}

QString deviceLabel(const Device& device) {
    if (device.kind == DeviceKind::Controller) {
        QString label = QStringLiteral("controller %1").arg(device.type);
        if (!device.model.isEmpty())
            label += u' ' + device.model;
        if (device.index)
            label += QStringLiteral(" index %1").arg(*device.index);
        return label;
    }
    if (!device.targetDev.isEmpty())
        return QStringLiteral("%1 %2").arg(device.elementName, device.targetDev);
    if (!device.model.isEmpty())
        return QStringLiteral("%1 %2").arg(device.elementName, device.model);
    return device.elementName;
}

} // namespace pcitopo
