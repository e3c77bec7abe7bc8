// Line endings and byte columns (issue #18, item 6): diagnostics point to the right line and
// column in LF, CRLF, CR-only and mixed files, columns count the file's bytes, and every edit
// (DomainDocument's own and applyPlacement's) writes the line ending of the lines around it.
#include "document/device.h"
#include "document/domaindocument.h"
#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"

#include <QtTest>

using namespace pcitopo;

namespace {

// A small q35 domain with its lines ended by `eol`.
QByteArray domainWith(const QByteArray& eol) {
    QByteArray xml("<domain type='kvm'>@"
                   "  <name>vm</name>@"
                   "  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>@"
                   "  <devices>@"
                   "    <interface type='network'>@"
                   "      <source network='default'/>@"
                   "      <model type='virtio'/>@"
                   "    </interface>@"
                   "    <disk type='file' device='disk'>@"
                   "      <target dev='vda' bus='virtio'/>@"
                   "    </disk>@"
                   "  </devices>@"
                   "</domain>@");
    return xml.replace('@', eol);
}

DomainDocument load(const QByteArray& bytes) {
    DocumentError error;
    auto doc = DomainDocument::fromBytes(bytes, QStringLiteral("eol.xml"), &error);
    if (!doc)
        qFatal("fixture does not load: %s", qPrintable(error.toString()));
    return std::move(*doc);
}

// The endings of the text's lines, in order: "n" for LF, "rn" for CRLF, "r" for CR.
QStringList endingsOf(const QString& text) {
    QStringList endings;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            endings << QStringLiteral("n");
        } else if (text[i] == u'\r') {
            const bool crlf = i + 1 < text.size() && text[i + 1] == u'\n';
            endings << (crlf ? QStringLiteral("rn") : QStringLiteral("r"));
            i += crlf ? 1 : 0;
        }
    }
    return endings;
}

bool allEndingsAre(const QString& text, const QString& ending) {
    const QStringList endings = endingsOf(text);
    return !endings.isEmpty() && endings.count(ending) == endings.size();
}

} // namespace

class TestLineEndings : public QObject {
    Q_OBJECT
private slots:
    void locationsInEveryEnding_data();
    void locationsInEveryEnding();
    void errorsInEveryEnding_data();
    void errorsInEveryEnding();
    void columnsCountBytes();
    void invalidUtf8PointsAtTheByte();
    void editsKeepTheFilesEnding_data();
    void editsKeepTheFilesEnding();
    void editsInAMixedFileFollowTheirNeighbours();
    void applyPlacementKeepsTheFilesEnding_data();
    void applyPlacementKeepsTheFilesEnding();
};

void TestLineEndings::locationsInEveryEnding_data() {
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestLineEndings::locationsInEveryEnding() {
    QFETCH(QByteArray, eol);
    const DomainDocument doc = load(domainWith(eol));
    const ElementId disk = doc.deviceElements().value(1);
    QCOMPARE(doc.location(disk).line, 9);
    QCOMPARE(doc.location(disk).column, 5);
    QCOMPARE(doc.attributeLocation(disk, u"device").line, 9);
    QCOMPARE(doc.attributeLocation(disk, u"device").column, 23);
    QCOMPARE(doc.location(doc.root()).line, 1);
}

void TestLineEndings::errorsInEveryEnding_data() {
    locationsInEveryEnding_data();
    QTest::newRow("mixed") << QByteArray("mixed");
}

void TestLineEndings::errorsInEveryEnding() {
    QFETCH(QByteArray, eol);
    const QByteArray bytes =
        eol == "mixed"
            ? QByteArray("<domain>\r\n  <a>\r  <b>\n  <c>\r\n  </b>\r</domain>\n")
            : QByteArray("<domain>@  <a>@  <b>@  <c>@  </b>@</domain>@").replace('@', eol);
    DocumentError error;
    QVERIFY(!DomainDocument::fromBytes(bytes, QStringLiteral("eol.xml"), &error));
    QCOMPARE(error.location.line, 5);
    QCOMPARE(error.location.column, 3);
    QVERIFY2(
        error.message.contains(QStringLiteral("</b> does not match the start tag <c> (line 4)")),
        qPrintable(error.toString()));
}

void TestLineEndings::columnsCountBytes() {
    // "é" is two bytes, "€" three: <b> starts after 14 bytes of its line.
    const DomainDocument doc = load("<domain>\n  <a>\xC3\xA9\xE2\x82\xAC</a><b x='1'/>\n</domain>");
    const ElementId b = doc.firstChild(doc.root(), u"b");
    QCOMPARE(doc.location(b).line, 2);
    QCOMPARE(doc.location(b).column, 15);
    QCOMPARE(doc.attributeLocation(b, u"x").column, 18);
}

void TestLineEndings::invalidUtf8PointsAtTheByte() {
    DocumentError error;
    QVERIFY(!DomainDocument::fromBytes("<domain>\r  <name>\xC3\xA9\xFF</name>\r</domain>",
                                       QStringLiteral("eol.xml"), &error));
    QVERIFY2(error.message.contains(QStringLiteral("not valid UTF-8 (byte 0xff")),
             qPrintable(error.message));
    QCOMPARE(error.location.line, 2);
    QCOMPARE(error.location.column, 11); // "  <name>" is 8 bytes, "é" 2: the 0xFF is byte 11
}

void TestLineEndings::editsKeepTheFilesEnding_data() {
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<QString>("name");
    QTest::newRow("LF") << QByteArray("\n") << QStringLiteral("n");
    QTest::newRow("CRLF") << QByteArray("\r\n") << QStringLiteral("rn");
    QTest::newRow("CR") << QByteArray("\r") << QStringLiteral("r");
}

void TestLineEndings::editsKeepTheFilesEnding() {
    QFETCH(QByteArray, eol);
    QFETCH(QString, name);
    DomainDocument doc = load(domainWith(eol));
    const ElementId devices = doc.devicesElement();
    QVERIFY(!doc.insertElement(devices, QStringLiteral("<rng model='virtio'>\n  <backend "
                                                       "model='random'/>\r\n</rng>"))
                 .isNoop());
    QVERIFY(!doc.setPciAddress(doc.deviceElements().value(0), PciAddress{0, 1, 0, 0, {}}).isNoop());
    QVERIFY(
        !doc.insertElement(doc.firstChild(doc.root(), u"name"), QStringLiteral("<x/>")).isNoop());
    QVERIFY(!doc.removeElement(doc.firstChild(doc.deviceElements().value(1), u"target")).isNoop());
    QVERIFY2(allEndingsAre(doc.text(), name), qPrintable(endingsOf(doc.text()).join(u' ')));
    QVERIFY(doc.text().contains(QStringLiteral("    <rng model='virtio'>") +
                                QString::fromLatin1(eol) +
                                QStringLiteral("      <backend model='random'/>")));
    // Line numbers after the edits count this file's endings.
    const ElementId rng = doc.deviceElements().value(2);
    QCOMPARE(doc.name(rng), QStringLiteral("rng"));
    QCOMPARE(doc.location(rng).line, 14);
}

void TestLineEndings::editsInAMixedFileFollowTheirNeighbours() {
    // LF first, then a <devices> block written with CRLF (a file pasted together).
    const QByteArray bytes("<domain type='kvm'>\n  <name>vm</name>\n  <devices>\r\n"
                           "    <disk type='file'>\r\n      <target dev='vda'/>\r\n    </disk>\r\n"
                           "  </devices>\n</domain>\n");
    DomainDocument doc = load(bytes);
    QVERIFY(!doc.setPciAddress(doc.deviceElements().value(0), PciAddress{0, 0, 3, 0, {}}).isNoop());
    QVERIFY(
        !doc.insertElement(doc.devicesElement(), QStringLiteral("<rng model='virtio'/>")).isNoop());
    const QString expected = QStringLiteral(
        "<domain type='kvm'>\n  <name>vm</name>\n  <devices>\r\n"
        "    <disk type='file'>\r\n      <target dev='vda'/>\r\n"
        "      <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>\r\n"
        "    </disk>\r\n    <rng model='virtio'/>\r\n  </devices>\n</domain>\n");
    QCOMPARE(doc.text(), expected);
    QCOMPARE(doc.location(doc.deviceElements().value(1)).line, 8);
}

void TestLineEndings::applyPlacementKeepsTheFilesEnding_data() {
    editsKeepTheFilesEnding_data();
}

void TestLineEndings::applyPlacementKeepsTheFilesEnding() {
    QFETCH(QByteArray, eol);
    QFETCH(QString, name);
    for (const ApplyMode mode : {ApplyMode::Batched, ApplyMode::OneByOne}) {
        DomainDocument doc = load(domainWith(eol));
        const LibvirtPlacement placement =
            placeLikeLibvirt(DeviceInventory::read(doc), RuleTable::builtin(), &doc,
                             {[](const PciAddress&) { return std::optional<bool>(); }});
        QVERIFY(!placement.refused());
        QVERIFY(!applyPlacement(doc, placement, mode).isEmpty());
        QVERIFY(doc.text().contains(QStringLiteral("<address type='pci'")));
        QVERIFY2(allEndingsAre(doc.text(), name), qPrintable(doc.text()));
        QVERIFY(doc.location(doc.deviceElements().last()).line > 10);
    }
}

QTEST_GUILESS_MAIN(TestLineEndings)
#include "tst_lineendings.moc"
