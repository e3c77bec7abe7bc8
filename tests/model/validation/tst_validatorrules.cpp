// One row per validator rule: a small domain (pci-rules-cases, or this directory's oracle-confirmed
// cases), the diagnostic code the rule must raise, and libvirt's own verdict and message from
// the case's verdicts.jsonl. A rule that is wrong, missing or worded differently fails here.
#include "commands/fixcommand.h"
#include "validation/validator.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace pcitopo;

namespace {

QString casesDir(const QString& folder) {
    return folder == u"local" ? QStringLiteral(PCITOPO_SOURCE_DIR "/tests/model/validation/cases")
                              : QStringLiteral(PCITOPO_SHARED_DIR "/pci-rules-cases");
}

QJsonObject verdictRow(const QString& folder, const QString& name) {
    QFile file(casesDir(folder) + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString wanted = QStringLiteral("inputs/%1.xml").arg(name);
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        if (row.value(u"file").toString() == wanted)
            return row;
    }
    return {};
}

std::optional<DomainDocument> load(const QString& folder, const QString& name) {
    DocumentError error;
    return DomainDocument::fromFile(casesDir(folder) + QStringLiteral("/inputs/%1.xml").arg(name),
                                    &error);
}

const Diagnostic* findCode(const QList<Diagnostic>& diagnostics, const QString& code) {
    for (const Diagnostic& d : diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

QString describe(const QList<Diagnostic>& diagnostics) {
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(QStringLiteral("%1 %2: %3").arg(severityName(d.severity), d.code, d.message));
    return lines.join(u'\n');
}

// Applies a fix the way the commands engineer's ApplyFixCommand does (plain document edits).
// The editor's and the CLI's one path: the fix as its command.
bool applyFix(DomainDocument& document, const SuggestedFix& fix) {
    return ApplyFixCommand(document, fix).execute();
}

} // namespace

class TestValidatorRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rule_data();
    void rule();
    void fixRemovesProblem_data();
    void fixRemovesProblem();
    void reportsEveryProblem();
    void catalogueIsComplete();
};

void TestValidatorRules::initTestCase() {
    if (!QFile::exists(casesDir(QStringLiteral("shared")) + QStringLiteral("/verdicts.jsonl")))
        QSKIP("pci-rules-cases not found under PCITOPO_SHARED_DIR");
}

void TestValidatorRules::rule_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    struct Row {
        const char* folder;
        const char* name;
        const char* code;
        const char* severity;
    };
    const Row rows[] = {
        // §2.2 <target> options, ranges and parse errors
        {"shared", "ch5", "pci.target.out-of-range", "error"},
        {"shared", "ch6", "pci.target.out-of-range", "error"},
        {"shared", "ch7", "pci.target.out-of-range", "error"},
        {"shared", "x8", "pci.target.out-of-range", "error"},
        {"shared", "ch8", "pci.target.invalid-option", "error"},
        {"shared", "ch9", "pci.target.invalid-option", "error"},
        {"shared", "n5", "pci.target.invalid-option", "error"},
        {"shared", "n6", "pci.target.invalid-option", "error"},
        {"shared", "n9", "pci.target.invalid-option", "error"},
        {"shared", "p3", "pci.target.invalid-option", "error"},
        {"shared", "p5", "pci.target.invalid-option", "error"},
        {"shared", "x10", "pci.target.invalid-option", "error"},
        {"shared", "n4", "pci.model-name.invalid", "error"},
        {"shared", "neg", "xml.negative-integer", "error"},
        {"shared", "neg2", "xml.negative-integer", "error"},
        {"shared", "neg3", "xml.invalid-integer", "error"},
        {"shared", "nv1", "xml.invalid-enum", "error"},
        // NUMA
        {"shared", "n1", "pci.numa.missing-node", "error"},
        {"shared", "n8", "pci.numa.missing-node", "error"},
        {"shared", "x3", "pci.numa.missing-node", "error"},
        {"shared", "n2", "pci.numa.root-node", "error"},
        // IDX-1..3, roots, expanders
        {"shared", "i5", "pci.index.root-model", "error"},
        {"shared", "i9", "pci.index.root-model", "error"},
        {"shared", "i11", "pci.index.root-model", "error"},
        {"shared", "i12", "pci.index.root-model", "error"},
        {"shared", "i6", "pci.index.duplicate", "error"},
        {"local", "ctrltype", "pci.index.duplicate", "error"},
        {"shared", "i10", "pci.index.root-not-zero", "error"},
        {"shared", "i13", "pci.root.address", "error"},
        {"shared", "i14", "pci.index.too-high", "error"},
        {"shared", "x5", "pci.machine.pxb", "error"},
        {"shared", "x6", "pci.machine.pxb-pcie", "error"},
        // addresses
        {"shared", "e13d", "pci.address.domain", "error"},
        {"shared", "e13", "pci.address.invalid", "error"},
        {"shared", "e17c", "pci.fixed.sata0", "error"},
        {"shared", "e18d", "pci.fixed.ide0", "error"},
        {"shared", "e18e", "pci.fixed.usb0", "error"},
        {"shared", "h9", "pci.fixed.piix3-on-q35", "error"},
        {"local", "video-vga-secondary", "pci.video.secondary", "error"},
        {"local", "video-cirrus-secondary", "pci.video.secondary", "error"},
        // libvirt's assignment (the placer), as diagnostics
        {"shared", "e15", "pci.slot-in-use", "error"},
        {"local", "pc-ide-011", "pci.slot-in-use", "error"},
        {"shared", "e7", "pci.bus.incompatible", "error"},
        {"shared", "io2", "pci.bus.integrated", "error"},
        {"shared", "d4", "pci.slot.out-of-range", "error"},
        {"shared", "e12", "pci.slot.out-of-range", "error"},
        {"shared", "d7", "pci.grow.controller", "error"},
        {"shared", "d9", "pci.grow.flags", "error"},
        {"shared", "i3", "pci.index.bridge-bus", "error"},
        {"shared", "x9", "pci.busnr.no-default", "error"},
        // QEMU at start (§6.2)
        {"shared", "x13", "qemu.bus-not-found", "error"},
        {"shared", "e9b", "qemu.bus-not-found", "error"},
        {"shared", "q3", "qemu.bus-not-found", "error"},
        {"local", "upstream-on-later-port", "qemu.bus-not-found", "error"},
        {"shared", "ch1", "qemu.chassis-in-use", "error"},
        {"shared", "ch4", "qemu.chassis-in-use", "error"},
        {"shared", "q2", "qemu.chassis-in-use", "error"},
        {"local", "chassis-auto-port", "qemu.chassis-in-use", "error"},
        {"shared", "x11", "qemu.busnr-in-use", "error"},
        {"local", "busnr-dup", "qemu.busnr-in-use", "error"},
        {"shared", "m3", "qemu.multifunction-off", "error"},
        {"shared", "ag6", "qemu.multifunction-off", "error"},
        {"local", "mf-off-explicit", "qemu.multifunction-off", "error"},
        {"shared", "e18_1", "qemu.piix3-ide-slot", "error"},
        {"local", "pc-watchdog-011", "qemu.piix3-ide-slot", "error"},
        {"local", "tr-pc", "qemu.transient-disk-hotplug", "error"},
        {"local", "tr-pc-off", "qemu.transient-disk-hotplug", "error"},
        {"local", "tr-pc-pxb", "qemu.transient-disk-hotplug", "error"},
        {"local", "tr-q35-off", "qemu.transient-disk-hotplug", "error"},
        {"local", "tr-q35-root", "qemu.transient-disk-hotplug", "error"},
        // accepted by libvirt and QEMU: advice only
        {"shared", "m2", "pci.multifunction.no-function-zero", "warning"},
        {"shared", "u3", "pci.multifunction.no-function-zero", "warning"},
        {"shared", "m1", "pci.multifunction.implicit-on", "info"},
        {"shared", "e2", "pci.hotplug.not-unpluggable", "warning"},
        {"local", "hotplug-off-net", "pci.hotplug.not-unpluggable", "warning"},
        {"local", "ps2", "pci.address.ignored", "warning"},
        {"local", "gfx", "pci.address.ignored", "warning"},
        {"shared", "ch2", "", ""},
        {"shared", "ch3", "", ""},
        {"shared", "m4", "", ""},
        {"shared", "x12", "", ""},
        {"shared", "e18_2", "", ""},
        {"local", "tr-q35", "", ""},
        {"local", "tr-pc-bridge", "", ""},
        {"local", "tr-q35-p2p", "", ""},
        {"local", "video-qxl-secondary", "", ""},
        {"local", "video-primary-attr", "", ""},
        // refusals of a device wherever it sits (the endpoint row's "refusals")
        {"shared", "io1", "device.refused", "error"},
        {"local", "iommu-pc", "device.refused", "error"},
        {"local", "iommu-pc-intel", "device.refused", "error"},
        {"local", "iommu-q35-acpi", "", ""},
    };
    for (const Row& r : rows)
        QTest::newRow(r.name) << QString::fromLatin1(r.folder) << QString::fromLatin1(r.name)
                              << QString::fromLatin1(r.code) << QString::fromLatin1(r.severity);
}

void TestValidatorRules::rule() {
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    const QJsonObject row = verdictRow(folder, name);
    QVERIFY2(!row.isEmpty(), "the case has no verdict row");
    const std::optional<DomainDocument> document = load(folder, name);
    QVERIFY(document);
    const QList<Diagnostic> diagnostics = Validator().validate(*document);
    const bool truthAccepted =
        row.value(u"ok").toBool() && row.value(u"start_class").toString() != u"pci";
    QVERIFY2(hasErrors(diagnostics) == !truthAccepted, qPrintable(describe(diagnostics)));
    if (code.isEmpty())
        return;
    const Diagnostic* d = findCode(diagnostics, code);
    QVERIFY2(d, qPrintable(QStringLiteral("no %1 in:\n%2").arg(code, describe(diagnostics))));
    QCOMPARE(severityName(d->severity), severity);
    QVERIFY(!d->explanation.isEmpty());
    if (!row.value(u"ok").toBool()) // libvirt refused at define: its very words
        QVERIFY2(findCode(diagnostics, code) &&
                     std::any_of(diagnostics.begin(), diagnostics.end(),
                                 [&](const Diagnostic& x) {
                                     return x.code == code &&
                                            x.message == row.value(u"error").toString();
                                 }),
                 qPrintable(describe(diagnostics)));
    if (d->isError() && d->code.startsWith(u"qemu."))
        QVERIFY(d->message.startsWith(u"QEMU refuses to start"));
}

void TestValidatorRules::fixRemovesProblem_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    const std::pair<const char*, const char*> rows[] = {
        {"ch8", "pci.target.invalid-option"},
        {"ch6", "pci.target.out-of-range"},
        {"n4", "pci.model-name.invalid"},
        {"i5", "pci.index.root-model"},
        {"i13", "pci.root.address"},
        {"e13d", "pci.address.domain"},
        {"e17c", "pci.fixed.sata0"},
        {"ch1", "qemu.chassis-in-use"},
        {"x11", "qemu.busnr-in-use"},
        {"m3", "qemu.multifunction-off"},
        {"e18_1", "qemu.piix3-ide-slot"},
        {"e15", "pci.slot-in-use"},
        {"m1", "pci.multifunction.implicit-on"},
        {"x3", "pci.numa.missing-node"},
    };
    for (const auto& [name, code] : rows)
        QTest::newRow(name) << QStringLiteral("shared") << QString::fromLatin1(name)
                            << QString::fromLatin1(code);
    QTest::newRow("chassis-auto-port")
        << QStringLiteral("local") << QStringLiteral("chassis-auto-port")
        << QStringLiteral("qemu.chassis-in-use");
    QTest::newRow("video-vga-secondary")
        << QStringLiteral("local") << QStringLiteral("video-vga-secondary")
        << QStringLiteral("pci.video.secondary");
}

// A suggested fix is only worth a button if applying it makes the problem go away.
void TestValidatorRules::fixRemovesProblem() {
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QString, code);
    std::optional<DomainDocument> document = load(folder, name);
    QVERIFY(document);
    const Validator validator;
    const Diagnostic* d = nullptr;
    const QList<Diagnostic> before = validator.validate(*document);
    d = findCode(before, code);
    QVERIFY2(d, qPrintable(describe(before)));
    QVERIFY2(!d->fix.isNone(), "the diagnostic offers no fix");
    QVERIFY(!d->fix.label.isEmpty());
    QVERIFY(applyFix(*document, d->fix));
    const QList<Diagnostic> after = validator.validate(*document);
    QVERIFY2(!findCode(after, code), qPrintable(describe(after)));
}

// libvirt stops at its first error; pcitopo reports all of them, each where it is written.
void TestValidatorRules::reportsEveryProblem() {
    const QByteArray xml = R"(<domain type='kvm'>
  <name>many</name>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='pci' index='1' model='pci-bridge'><target chassis='3'/></controller>
    <controller type='pci' index='2' model='pcie-root-port'><target chassis='300'/></controller>
    <controller type='pci' index='2' model='pcie-root-port'/>
    <video><model type='qxl'/></video>
    <video><model type='vga'/></video>
  </devices>
</domain>
)";
    DocumentError error;
    const auto document = DomainDocument::fromBytes(xml, QStringLiteral("many.xml"), &error);
    QVERIFY2(document, qPrintable(error.toString()));
    const QList<Diagnostic> diagnostics = Validator().validate(*document);
    const QHash<QString, int> expectedLine{{QStringLiteral("pci.target.invalid-option"), 6},
                                           {QStringLiteral("pci.target.out-of-range"), 7},
                                           {QStringLiteral("pci.index.duplicate"), 8},
                                           {QStringLiteral("pci.video.secondary"), 10}};
    for (auto it = expectedLine.constBegin(); it != expectedLine.constEnd(); ++it) {
        const Diagnostic* d = findCode(diagnostics, it.key());
        QVERIFY2(d, qPrintable(it.key() + u'\n' + describe(diagnostics)));
        QCOMPARE(d->location.line, it.value());
        QVERIFY(d->location.column > 0);
    }
    for (int i = 1; i < diagnostics.size(); ++i) // sorted by position
        QVERIFY(diagnostics[i - 1].location.line <= diagnostics[i].location.line);
}

void TestValidatorRules::catalogueIsComplete() {
    const DiagnosticCatalogue& catalogue = DiagnosticCatalogue::builtin();
    QVERIFY(catalogue.entries().size() > 40);
    QSet<QString> codes;
    for (const DiagnosticSpec& spec : catalogue.entries()) {
        QVERIFY2(!codes.contains(spec.code), qPrintable(spec.code));
        codes.insert(spec.code);
        QVERIFY2(!spec.explanation.isEmpty(), qPrintable(spec.code));
        QVERIFY2(!spec.source.isEmpty(), qPrintable(spec.code));
        QVERIFY2(!spec.messageTemplate.isEmpty(), qPrintable(spec.code));
        QVERIFY2(spec.stage == u"define" || spec.stage == u"start" || spec.stage == u"advice",
                 qPrintable(spec.code));
        QVERIFY2((spec.stage == u"advice") == (spec.severity != Severity::Error),
                 qPrintable(spec.code));
    }
    const Diagnostic unknown = catalogue.make(u"no.such.code", {});
    QVERIFY(unknown.isError());
    QVERIFY(unknown.message.contains(u"no.such.code"));
}

QTEST_GUILESS_MAIN(TestValidatorRules)
#include "tst_validatorrules.moc"
