// The compiled-in rule table and diagnostics catalogue (issue #15) hold exactly what a JSON load
// of resources/rules/*.json holds: both are printed field by field (model/rules/rulesource.h,
// one field a line) and compared line by line, so a difference names its field.
#include "rules/rulesource.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray sourceFile(const char* name) {
    QFile file(QStringLiteral(PCITOPO_SOURCE_DIR "/resources/rules/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

void compareLines(const QString& compiled, const QString& loaded) {
    const QStringList a = compiled.split(u'\n');
    const QStringList b = loaded.split(u'\n');
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        QVERIFY2(
            a[i] == b[i],
            qPrintable(QStringLiteral("line %1: compiled %2, JSON %3").arg(i + 1).arg(a[i], b[i])));
    QCOMPARE(a.size(), b.size());
}

} // namespace

class TestCompiledRules : public QObject {
    Q_OBJECT
private slots:
    void ruleTableEqualsJsonLoad() {
        QString error;
        const std::optional<pcitopo::RuleTable> loaded =
            pcitopo::RuleTable::fromJson(sourceFile("pci-rules.json"), &error);
        QVERIFY2(loaded, qPrintable(error));
        const QString compiled = pcitopo::ruleTableSource(pcitopo::RuleTable::builtin());
        QVERIFY(compiled.count(u'\n') > 1000); // every field, not an empty table
        compareLines(compiled, pcitopo::ruleTableSource(*loaded));
    }

    // The lookups compiled tables rebuild (by key, by model) answer as the loaded ones do.
    void lookupsAgree() {
        QString error;
        const auto loaded = pcitopo::RuleTable::fromJson(sourceFile("pci-rules.json"), &error);
        QVERIFY(loaded);
        const pcitopo::RuleTable& compiled = pcitopo::RuleTable::builtin();
        for (const pcitopo::RuleInfo& rule : loaded->rules())
            QCOMPARE(compiled.rule(rule.key)->teaching, loaded->rule(rule.key)->teaching);
        for (const pcitopo::ControllerModelRule& c : loaded->controllerModels())
            QCOMPARE(compiled.controllerModel(c.model)->maxSlot,
                     loaded->controllerModel(c.model)->maxSlot);
    }

    void diagnosticCatalogueEqualsJsonLoad() {
        QString error;
        const auto loaded =
            pcitopo::DiagnosticCatalogue::fromJson(sourceFile("diagnostics.json"), &error);
        QVERIFY2(loaded, qPrintable(error));
        const auto& compiled = pcitopo::DiagnosticCatalogue::builtin();
        QVERIFY(compiled.entries().size() > 20);
        compareLines(pcitopo::diagnosticCatalogueSource(compiled),
                     pcitopo::diagnosticCatalogueSource(*loaded));
    }

    // Non-ASCII text (typographic quotes, arrows) survives the C++ literal round trip.
    void nonAsciiSurvives() {
        bool sawNonAscii = false;
        for (const pcitopo::DiagnosticSpec& spec :
             pcitopo::DiagnosticCatalogue::builtin().entries())
            for (const QChar c : spec.explanation + spec.messageTemplate)
                sawNonAscii |= c.unicode() > 0x7f;
        QVERIFY(sawNonAscii);
    }
};

QTEST_GUILESS_MAIN(TestCompiledRules)
#include "tst_compiledrules.moc"
