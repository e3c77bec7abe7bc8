// pcitopo-rulegen links the model's objects before the compiled table exists: these empty
// definitions stand in for the generated ones (it never calls builtin()).
#include "rules/ruletable_p.h"
#include "validation/diagnosticcatalogue.h"

namespace pcitopo {

void fillCompiledRuleData(RuleTable::Data&) {}

QList<DiagnosticSpec> compiledDiagnostics() {
    return {};
}

} // namespace pcitopo
