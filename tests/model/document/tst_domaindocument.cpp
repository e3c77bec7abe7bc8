// Loading, losslessness and saving of DomainDocument.
#include "document/domaindocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <csignal>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace pcitopo;

namespace {

std::optional<DomainDocument> load(const QByteArray& bytes, DocumentError* error = nullptr) {
    DocumentError ignored;
    return DomainDocument::fromBytes(bytes, QStringLiteral("fixture.xml"),
                                     error ? error : &ignored);
}

// The element names in document order as QXmlStreamReader sees them: an independent check of
// our own lexer's index.
QStringList elementNamesByReader(const QString& text) {
    QStringList names;
    QXmlStreamReader reader(text);
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            names.append(reader.qualifiedName().toString());
    }
    return names;
}

QStringList elementNamesByIndex(const DomainDocument& doc) {
    QStringList names;
    for (ElementId id = 0; id < doc.elementCount(); ++id)
        names.append(doc.name(id));
    return names;
}

// Every element's span starts with its name and ends with '>'.
QString spanProblem(const DomainDocument& doc) {
    const QString& text = doc.text();
    for (ElementId id = 0; id < doc.elementCount(); ++id) {
        const int start = doc.startOffset(id);
        const int end = doc.endOffset(id);
        if (text.mid(start, doc.name(id).size() + 1) != u'<' + doc.name(id) ||
            text.at(end - 1) != u'>')
            return QStringLiteral("element %1 <%2> has a bad span").arg(id).arg(doc.name(id));
        if (id > 0 &&
            (start < doc.startOffset(doc.parent(id)) || end > doc.endOffset(doc.parent(id))))
            return QStringLiteral("element %1 lies outside its parent").arg(id);
    }
    return {};
}

QStringList corpusFiles(const QString& shared) {
    QStringList files;
    const QStringList patterns = {QStringLiteral("corpus/*/inputs"),
                                  QStringLiteral("corpus/*/expected"),
                                  QStringLiteral("pci-rules-cases/inputs")};
    for (const QString& pattern : patterns) {
        const QString parentPattern = pattern.section(u'/', 0, -2);
        QStringList dirs;
        if (parentPattern.contains(u'*')) {
            const QDir corpus(shared + QStringLiteral("/corpus"));
            for (const QString& sub : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                dirs.append(corpus.filePath(sub) + u'/' + pattern.section(u'/', -1));
        } else {
            dirs.append(shared + u'/' + pattern);
        }
        for (const QString& dir : dirs) {
            for (const QString& name : QDir(dir).entryList({QStringLiteral("*.xml")}, QDir::Files))
                files.append(dir + u'/' + name);
        }
    }
    return files;
}

} // namespace

class TestDomainDocument : public QObject {
    Q_OBJECT
private slots:
    void roundTripsTheCorpusByteForByte();
    void roundTripsFixtures_data();
    void roundTripsFixtures();
    void readsTheTree();
    void readsAttributesAndText();
    void reportsLocations();
    void refusesInvalidUtf8();
    void refusesMalformedXml();
    void refusesANonDomainRoot();
    void savesAtomicallyAndKeepsPermissions();
    void failedSaveLeavesTheOldFile();
    void copiesAreIndependent();
};

void TestDomainDocument::roundTripsTheCorpusByteForByte() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    if (!QDir(shared + QStringLiteral("/corpus")).exists())
        QSKIP(qPrintable(
            QStringLiteral("shared corpus absent at %1; round-trip skipped").arg(shared)));
    const QStringList files = corpusFiles(shared);
    QVERIFY(!files.isEmpty());
    QStringList failures;
    qint64 totalBytes = 0;
    qint64 loadNanoseconds = 0;
    std::clock_t loadCpu = 0;
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        totalBytes += bytes.size();
        DocumentError error;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const auto doc = DomainDocument::fromBytes(bytes, path, &error);
        loadCpu += std::clock() - cpuStart;
        loadNanoseconds += timer.nsecsElapsed();
        if (!doc) {
            failures.append(error.toString());
            continue;
        }
        if (doc->toBytes() != bytes)
            failures.append(path + QStringLiteral(": bytes differ after the round trip"));
        else if (elementNamesByIndex(*doc) != elementNamesByReader(doc->text()))
            failures.append(path + QStringLiteral(": element index differs from the reader"));
        else if (const QString problem = spanProblem(*doc); !problem.isEmpty())
            failures.append(path + QStringLiteral(": ") + problem);
    }
    qInfo().noquote() << QStringLiteral("round-trip %1/%2 files byte for byte (%3 KiB, loaded in "
                                        "%4 ms CPU, %5 ms wall)")
                             .arg(files.size() - failures.size())
                             .arg(files.size())
                             .arg(totalBytes / 1024)
                             .arg(qint64(loadCpu) * 1000 / CLOCKS_PER_SEC)
                             .arg(loadNanoseconds / 1000000);
    for (const QString& failure : failures)
        qWarning().noquote() << failure;
    QVERIFY(failures.isEmpty());
}

void TestDomainDocument::roundTripsFixtures_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("comments, PI, CDATA") << QByteArray(
        "<?xml version='1.0' encoding='UTF-8'?>\n<!-- head -->\n<domain type='kvm'>\n"
        "  <!-- a comment with <tags> & stuff -->\n  <?pcitopo keep me?>\n"
        "  <description><![CDATA[raw <text> & more]]></description>\n</domain>\n<!-- tail -->\n");
    QTest::newRow("DOCTYPE without entities")
        << QByteArray("<!DOCTYPE domain>\n<domain type='kvm'><name>a</name></domain>");
    QTest::newRow("DOCTYPE with an element declaration")
        << QByteArray("<!DOCTYPE domain [\n  <!ELEMENT domain ANY>\n]>\n<domain/>\n");
    QTest::newRow("namespaces") << QByteArray(
        "<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n"
        "  <metadata><app:x xmlns:app='urn:a' app:k='v'>1</app:x></metadata>\n"
        "  <qemu:commandline>\n    <qemu:arg value='-s'/>\n  </qemu:commandline>\n</domain>\n");
    QTest::newRow("double quotes, odd spacing")
        << QByteArray("<domain type=\"kvm\"   id = '3'\n        >\n  <name >x</name >\n  <on_crash "
                      "/>\n</domain>");
    QTest::newRow("CRLF line endings")
        << QByteArray("<domain type='kvm'>\r\n  <name>x</name>\r\n  <devices>\r\n"
                      "    <disk type='file'/>\r\n  </devices>\r\n</domain>\r\n");
    QTest::newRow("tabs") << QByteArray("<domain>\n\t<devices>\n\t\t<input type='tablet'/>\n"
                                        "\t</devices>\n</domain>\n");
    QTest::newRow("entities in attributes and text")
        << QByteArray("<domain><name a='it&apos;s &#x41;&#66;'>a &amp; b &lt; c</name></domain>");
    QTest::newRow("'>' and '/' inside attribute values")
        << QByteArray("<domain a='x>y' b=\"a/>b\"><disk file='/a/b.img'/><n\n  k='v'\n/></domain>");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF<domain><name>x</name></domain>\n");
    QTest::newRow("non-ASCII text")
        << QByteArray("<domain><description>caf\xC3\xA9 \xF0\x9F\x98\x80</description></domain>");
    QTest::newRow("no trailing newline") << QByteArray("<domain/>");
}

void TestDomainDocument::roundTripsFixtures() {
    QFETCH(QByteArray, bytes);
    DocumentError error;
    const auto doc = load(bytes, &error);
    QVERIFY2(doc, qPrintable(error.toString()));
    QCOMPARE(doc->toBytes(), bytes);
    QCOMPARE(elementNamesByIndex(*doc), elementNamesByReader(doc->text()));
    QCOMPARE(spanProblem(*doc), QString());
}

void TestDomainDocument::readsTheTree() {
    const auto doc = load("<domain type='kvm'>\n  <os><type arch='x86_64' machine='pc-q35-7.2'>"
                          "hvm</type></os>\n  <devices>\n    <disk type='file'><target dev='vda'/>"
                          "</disk>\n    <!-- c -->\n    <interface type='network'/>\n"
                          "  </devices>\n</domain>\n");
    QVERIFY(doc);
    QCOMPARE(doc->domainType(), QStringLiteral("kvm"));
    QCOMPARE(doc->machine(), QStringLiteral("pc-q35-7.2"));
    QCOMPARE(doc->arch(), QStringLiteral("x86_64"));
    const ElementId devices = doc->devicesElement();
    QCOMPARE(doc->name(devices), QStringLiteral("devices"));
    QCOMPARE(doc->parent(devices), doc->root());
    QCOMPARE(doc->depth(devices), 1);
    const QList<ElementId> list = doc->deviceElements();
    QCOMPARE(list.size(), 2);
    QCOMPARE(doc->name(list[0]), QStringLiteral("disk"));
    QCOMPARE(doc->name(list[1]), QStringLiteral("interface"));
    QCOMPARE(doc->children(devices, u"interface"), QList<ElementId>{list[1]});
    QCOMPARE(doc->firstChild(devices, u"video"), NoElement);
    QCOMPARE(doc->attribute(doc->firstChild(list[0], u"target"), u"dev"), QStringLiteral("vda"));
    QCOMPARE(doc->text(doc->firstChild(doc->firstChild(doc->root(), u"os"), u"type")),
             QStringLiteral("hvm"));
    QCOMPARE(doc->parent(NoElement), NoElement);
    QCOMPARE(doc->children(12345), QList<ElementId>{});
}

void TestDomainDocument::readsAttributesAndText() {
    const auto doc = load("<domain a=\"x &quot;y&quot;\" b='it&apos;s' c='l1\nl2'>"
                          "<n> a &amp; <!-- no --><![CDATA[<b>]]>&#x41; </n></domain>");
    QVERIFY(doc);
    const QList<std::pair<QString, QString>> expected = {
        {"a", "x \"y\""}, {"b", "it's"}, {"c", "l1 l2"}};
    QCOMPARE(doc->attributes(doc->root()), expected);
    QVERIFY(doc->hasAttribute(doc->root(), u"b"));
    QVERIFY(!doc->hasAttribute(doc->root(), u"z"));
    QCOMPARE(doc->text(doc->firstChild(doc->root(), u"n")), QStringLiteral("a & <b>A"));
}

void TestDomainDocument::reportsLocations() {
    const auto doc = load("<domain>\r\n  <devices>\r\n\t<disk  device='cdrom'/>\r\n"
                          "  </devices>\r\n</domain>");
    QVERIFY(doc);
    const ElementId disk = doc->deviceElements().value(0);
    QCOMPARE(doc->location(disk).line, 3);
    QCOMPARE(doc->location(disk).column, 2);
    QCOMPARE(doc->attributeLocation(disk, u"device").column, 9);
    QCOMPARE(doc->location(doc->root()).line, 1);
    QCOMPARE(doc->attributeLocation(disk, u"absent").line, 0);
}

void TestDomainDocument::refusesInvalidUtf8() {
    DocumentError error;
    QVERIFY(!load("<domain>\n  <name>caf\xE9</name>\n</domain>", &error));
    QVERIFY2(error.message.contains(QStringLiteral("not valid UTF-8")), qPrintable(error.message));
    QCOMPARE(error.location.line, 2);
    QCOMPARE(error.location.column, 12);
    QCOMPARE(error.file, QStringLiteral("fixture.xml"));
}

void TestDomainDocument::refusesMalformedXml() {
    DocumentError error;
    QVERIFY(!load("<domain>\n  <devices>\n    <disk>\n  </devices>\n</domain>\n", &error));
    QCOMPARE(error.location.line, 4);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.toString().startsWith(QStringLiteral("fixture.xml:4:")),
             qPrintable(error.toString()));
    QVERIFY(!load("", &error));
    QVERIFY(!load("<domain a='1' a='2'/>", &error));
    QVERIFY(!load("<domain/><domain/>", &error));
    QVERIFY(!load("<domain>\x01</domain>", &error));
}

void TestDomainDocument::refusesANonDomainRoot() {
    DocumentError error;
    QVERIFY(!load("<?xml version='1.0'?>\n<network>\n</network>\n", &error));
    QCOMPARE(error.location.line, 2);
    QCOMPARE(error.location.column, 1);
    QVERIFY2(error.message.contains(QStringLiteral("<network>, not <domain>")),
             qPrintable(error.message));
}

void TestDomainDocument::savesAtomicallyAndKeepsPermissions() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    const QByteArray original("<domain>\n  <!-- keep -->\n  <name>vm</name>\n</domain>\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<domain/>");
    }
    const QFile::Permissions mode0640 = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadUser | QFile::WriteUser;
    QVERIFY(QFile::setPermissions(path, mode0640));
    auto doc = load(original);
    QVERIFY(doc);
    QString error;
    QVERIFY2(doc->save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    QCOMPARE(QFile::permissions(path), mode0640);
    DocumentError loadError;
    const auto reloaded = DomainDocument::fromFile(path, &loadError);
    QVERIFY2(reloaded, qPrintable(loadError.toString()));
    QCOMPARE(reloaded->toBytes(), original);
    QCOMPARE(reloaded->fileName(), path);
}

void TestDomainDocument::failedSaveLeavesTheOldFile() {
    QTemporaryDir dir;
    const auto doc = load("<domain><name>new</name></domain>");
    QVERIFY(doc);
    QString error;
    QVERIFY(!doc->save(dir.filePath(QStringLiteral("missing/dir/vm.xml")), &error));
    QVERIFY(!error.isEmpty());

    const QString readOnlyDir = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(readOnlyDir));
    const QString path = readOnlyDir + QStringLiteral("/vm.xml");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<domain><name>old</name></domain>");
    }
    QVERIFY(QFile::setPermissions(readOnlyDir, QFile::ReadOwner | QFile::ExeOwner));
    error.clear();
    if (::geteuid() != 0) {
        QVERIFY(!doc->save(path, &error));
    } else {
        // root writes into read-only directories: make the write itself fail instead, with a
        // file-size limit smaller than the document.
        const auto big =
            load("<domain><description>" + QByteArray(8192, 'x') + "</description></domain>");
        QVERIFY(big);
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 1024;
        ::setrlimit(RLIMIT_FSIZE, &small);
        const bool saved = big->save(path, &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!saved);
    }
    QVERIFY(!error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("<domain><name>old</name></domain>"));
    QFile::setPermissions(readOnlyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDomainDocument::copiesAreIndependent() {
    auto doc = load("<domain><devices><disk/></devices></domain>");
    QVERIFY(doc);
    DomainDocument copy = *doc;
    QVERIFY(!doc->removeElement(doc->deviceElements().value(0)).isNoop());
    QCOMPARE(doc->deviceElements().size(), 0);
    QCOMPARE(copy.deviceElements().size(), 1);
    DomainDocument moved = std::move(copy);
    QCOMPARE(moved.deviceElements().size(), 1);
}

QTEST_GUILESS_MAIN(TestDomainDocument)
#include "tst_domaindocument.moc"
