#pragma once

#include <QString>

namespace pcitopo {

// The rule table's texts (titles, display names, teaching texts, diagnostic explanations) are
// English data in resources/rules/*.json. What the GUI shows goes through this function, so a
// translator installed by the application replaces them; without one (the CLI, tests) the
// English text comes back unchanged. lupdate sees these strings through
// translations/rulestrings.cmake (docs/architecture.md "Translations").
inline constexpr char RuleTextContext[] = "RuleTable";
QString translatedRuleText(const QString& english);

} // namespace pcitopo
