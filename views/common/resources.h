#pragma once

namespace pcitopo {

// Registers the views library's compiled-in resources (icons, New templates, example domains). A
// static library's resources are dropped by the linker unless something references them, so every
// executable that shows views calls this once.
void initViewResources();

} // namespace pcitopo
