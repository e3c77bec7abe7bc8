#include "placementchecks.h"
#include "validationcontext.h"

namespace pcitopo {

ResolvedTopology checkPlacement(ValidationContext& context) {
    return ResolvedTopology::fromDocument(context);
}

} // namespace pcitopo
