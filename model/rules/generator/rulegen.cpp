// pcitopo-rulegen PCI_RULES_JSON DIAGNOSTICS_JSON OUT.cpp: the build-time half of the compiled
// rule table (model/rules/rulesource.h). The JSON stays the source; OUT.cpp is rewritten only
// when its content changes, so an unchanged table recompiles nothing.
#include "rules/rulesource.h"

#include <QFile>
#include <QTextStream>

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("pcitopo-rulegen: cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc != 4) {
        QTextStream(stderr) << "usage: pcitopo-rulegen PCI_RULES_JSON DIAGNOSTICS_JSON OUT.cpp\n";
        return 2;
    }
    QString error;
    const auto rules =
        pcitopo::RuleTable::fromJson(readAll(QString::fromLocal8Bit(argv[1])), &error);
    const auto diagnostics =
        pcitopo::DiagnosticCatalogue::fromJson(readAll(QString::fromLocal8Bit(argv[2])), &error);
    if (!rules || !diagnostics) {
        QTextStream(stderr) << "pcitopo-rulegen: " << error << '\n';
        return 1;
    }
    const QByteArray source = pcitopo::compiledRulesTranslationUnit(*rules, *diagnostics).toUtf8();
    QFile out(QString::fromLocal8Bit(argv[3]));
    if (out.open(QIODevice::ReadOnly) && out.readAll() == source)
        return 0;
    out.close();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(source) != source.size()) {
        QTextStream(stderr) << "pcitopo-rulegen: cannot write " << argv[3] << '\n';
        return 1;
    }
    return 0;
}
