#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be called from the global namespace.
static void initViewResourcesGlobal() {
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(templates);
    Q_INIT_RESOURCE(examples);
}

namespace pcitopo {

void initViewResources() {
    initViewResourcesGlobal();
}

} // namespace pcitopo
