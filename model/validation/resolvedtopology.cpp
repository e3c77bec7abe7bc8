#include "resolvedtopology.h"
#include "validationcontext.h"

namespace pcitopo {

const ResolvedController* ResolvedTopology::controller(int index) const {
    for (const ResolvedController& c : controllers)
        if (c.index == index)
            return &c;
    return nullptr;
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
