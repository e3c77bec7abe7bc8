#pragma once

// Shared by the Explainer's two source files (not part of the API).
#include "explain/ruledocs.h"
#include "rules/ruletable.h"

#include <QTextStream>

namespace pcitopo::explaindetail {

// The teaching text, libvirt's message, the source and the key of a rule, as paragraphs.
void printRuleInfo(QTextStream& out, const RuleInfo& info);
// A message template with its parameters shown as "…" (never a literal %1).
QString readableTemplate(const QString& messageTemplate);
// "libvirt documentation: URL (title)"
void printDocs(QTextStream& out, const DocsLink& docs);

} // namespace pcitopo::explaindetail
