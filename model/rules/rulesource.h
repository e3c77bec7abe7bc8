#pragma once

// The rule table and the diagnostic catalogue as C++ source (issue #15: start-up parses no
// JSON). pcitopo-rulegen loads resources/rules/*.json at build time and writes this source;
// RuleTable::builtin() and DiagnosticCatalogue::builtin() run the compiled result. One field
// per line, every field written, so two tables printed this way differ exactly where their
// data does (tst_compiledrules compares the compiled tables with a JSON load).

#include "rules/ruletable.h"
#include "validation/diagnosticcatalogue.h"

#include <QString>

namespace pcitopo {

// The body of `void fillCompiledRuleData(RuleTable::Data& d)`.
QString ruleTableSource(const RuleTable& table);
// The body of `QList<DiagnosticSpec> compiledDiagnostics()`.
QString diagnosticCatalogueSource(const DiagnosticCatalogue& catalogue);
// A whole translation unit defining both functions.
QString compiledRulesTranslationUnit(const RuleTable& table, const DiagnosticCatalogue& catalogue);

} // namespace pcitopo
