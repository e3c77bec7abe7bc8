// Live test of issue #9 against a real libvirt daemon (qemu:///system, started in CI by
// scripts/setup through the team's oracle): the connection library (define, list, read back,
// undefine, a read-only connection refusing to define), `pcitopo check` on the shared corpus and
// rule cases (libvirt's verdicts must be the oracle's recorded ones, and pcitopo must agree with
// libvirt everywhere but on refusals outside PCI topology), and `pcitopo validate --connect`.
// Skips with a message when libvirt cannot be reached. Cost: ~15 s (1,225 defines).

#include "../app/clirun.h"
#include "libvirtconnection.h"
#include "libvirtverdict.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace pcitopo;

namespace {

// PCITOPO_LIVE_URI: another daemon (qemu:///system by default).
const QString Uri = qEnvironmentVariable("PCITOPO_LIVE_URI", LibvirtConnection::defaultUri());

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString example(const QString& name) {
    return QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/") + name;
}

QSet<QString> domainNames(const LibvirtConnection& connection) {
    QSet<QString> names;
    QString error;
    for (const LibvirtDomainInfo& info :
         connection.listDomains(&error).value_or(QList<LibvirtDomainInfo>{}))
        names.insert(info.name);
    return names;
}

// The oracle's recorded verdict rows of a folder, by absolute input path.
QStringList temporaryDomains(const LibvirtConnection& connection) {
    QStringList names;
    for (const QString& name : domainNames(connection))
        if (name.startsWith(QStringLiteral("pcitopo-check-")))
            names.append(name);
    return names;
}

bool writeText(const QString& path, const QString& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QHash<QString, QJsonObject> recordedVerdicts(const QString& folder) {
    QHash<QString, QJsonObject> rows;
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (!row.isEmpty())
            rows.insert(folder + u'/' + row.value(u"file").toString(), row);
    }
    return rows;
}

} // namespace

class TestLiveLibvirt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void defineListReadBackUndefine();
    void readOnlyConnectionRefusesToDefine();
    void checkAgreesWithLibvirt();
    void checkReportsConnectionErrors();
    void validateConnect();
    void checkRenamesOnlyTheDomainsOwnName();
    void interruptedCheckLeavesNoTemporaryDomain();

private:
    QString testName(const QString& what) const {
        return QStringLiteral("pcitopo-test-%1-%2")
            .arg(QCoreApplication::applicationPid())
            .arg(what);
    }
    bool define(const QString& file, const QString& name);

    std::unique_ptr<LibvirtConnection> m_connection;
    QStringList m_defined;
};

void TestLiveLibvirt::initTestCase() {
    QString error;
    m_connection = LibvirtConnection::open(Uri, LibvirtConnection::Access::ReadWrite, &error);
    if (!m_connection)
        QSKIP(qPrintable(QStringLiteral("libvirt is not reachable at %1 (%2); start libvirtd "
                                        "(scripts/setup test does, through the oracle)")
                             .arg(Uri, error)));
}

void TestLiveLibvirt::cleanupTestCase() {
    if (!m_connection)
        return;
    for (const QString& name : std::as_const(m_defined))
        if (domainNames(*m_connection).contains(name))
            m_connection->undefine(name);
    for (const QString& name : domainNames(*m_connection))
        QVERIFY2(!name.startsWith(testName({})), qPrintable(name + " was left defined"));
}

bool TestLiveLibvirt::define(const QString& file, const QString& name) {
    m_defined.append(name);
    return m_connection->define(withTemporaryName(readText(file), name)).ok;
}

void TestLiveLibvirt::defineListReadBackUndefine() {
    const QString name = testName(QStringLiteral("define"));
    QVERIFY(!domainNames(*m_connection).contains(name));
    QVERIFY(define(example(QStringLiteral("q35-desktop.xml")), name));

    QString error;
    const auto listed = m_connection->listDomains(&error);
    QVERIFY2(listed, qPrintable(error));
    const auto it = std::find_if(listed->begin(), listed->end(),
                                 [&](const LibvirtDomainInfo& d) { return d.name == name; });
    QVERIFY2(it != listed->end(), "the defined domain is not listed");
    QVERIFY(!it->active); // defined, never started
    QVERIFY(it->persistent);

    const std::optional<QString> xml = m_connection->inactiveXml(name, true, &error);
    QVERIFY2(xml, qPrintable(error));
    QVERIFY(xml->contains(QStringLiteral("<name>%1</name>").arg(name)));
    QVERIFY(xml->contains(QStringLiteral("<uuid>"))); // libvirt gave it a fresh one
    // Every device of the example has a PCI address once libvirt has assigned them.
    QVERIFY(xml->count(QStringLiteral("<address type='pci'")) >=
            readText(example(QStringLiteral("q35-desktop.xml")))
                .count(QStringLiteral("<address type='pci'")));

    QVERIFY(m_connection->undefine(name).ok);
    QVERIFY(!domainNames(*m_connection).contains(name));
    QVERIFY(!m_connection->findDomain(name, &error));
    QVERIFY(!m_connection->undefine(name).ok); // gone: libvirt says so
}

void TestLiveLibvirt::readOnlyConnectionRefusesToDefine() {
    QString error;
    const auto readOnly = LibvirtConnection::open(Uri, LibvirtConnection::Access::ReadOnly, &error);
    QVERIFY2(readOnly, qPrintable(error));
    QVERIFY(readOnly->isReadOnly());
    QVERIFY(readOnly->listDomains(&error)); // reading is allowed
    const QString name = testName(QStringLiteral("readonly"));
    m_defined.append(name);
    const LibvirtAnswer answer = readOnly->define(
        withTemporaryName(readText(example(QStringLiteral("pc-server.xml"))), name));
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(QStringLiteral("read only")), qPrintable(answer.error));
    QVERIFY(!domainNames(*m_connection).contains(name));
    // askLibvirt reports the refusal as libvirt's verdict and leaves nothing behind.
    const LibvirtVerdict verdict =
        askLibvirt(*readOnly, readText(example(QStringLiteral("pc-server.xml"))));
    QVERIFY(!verdict.ok);
    QVERIFY(verdict.error.contains(QStringLiteral("read only")));
}

void TestLiveLibvirt::checkAgreesWithLibvirt() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    const QStringList folders{shared + QStringLiteral("/pci-rules-cases"),
                              shared + QStringLiteral("/corpus/generated"),
                              shared + QStringLiteral("/corpus/generated-traps"),
                              shared + QStringLiteral("/corpus/libvirt-tests")};
    QHash<QString, QJsonObject> recorded;
    QStringList files{QStringLiteral("check"), QStringLiteral("--connect"), Uri,
                      QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString& folder : folders) {
        const QHash<QString, QJsonObject> rows = recordedVerdicts(folder);
        recorded.insert(rows);
        for (const QString& name : QDir(folder + QStringLiteral("/inputs")).entryList({"*.xml"}))
            files.append(folder + QStringLiteral("/inputs/") + name);
    }
    if (recorded.isEmpty())
        QSKIP("the shared corpus (PCITOPO_SHARED_DIR) is not available");
    const QSet<QString> before = domainNames(*m_connection);
    const CliRun run = runPcitopo(files, 600000);
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(run.err));
    const QJsonObject summary =
        QJsonDocument::fromJson(lines.takeLast().toUtf8()).object().value(u"summary").toObject();
    QCOMPARE(lines.size(), files.size() - 5);

    int agree = 0, verdicts = 0, entries = 0, entriesAgree = 0, otherClass = 0, oracleSame = 0;
    QStringList disagreements;
    for (const QString& line : std::as_const(lines)) {
        const QJsonObject row = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString file = row.value(u"file").toString();
        const QJsonObject libvirt = row.value(u"libvirt").toObject();
        const QJsonObject truth = recorded.value(file);
        // The daemon's answer through the C API is the oracle's recorded one (virsh define).
        const bool sameAsOracle =
            libvirt.value(u"ok") == truth.value(u"ok") &&
            (truth.value(u"ok").toBool() || libvirt.value(u"error") == truth.value(u"error"));
        oracleSame += sameAsOracle;
        if (!sameAsOracle && !readText(file).contains(QStringLiteral("<hostdev")))
            disagreements << QStringLiteral("ORACLE %1: recorded %2, live %3")
                                 .arg(file, truth.value(u"error").toString(),
                                      libvirt.value(u"error").toString());
        agree += row.value(u"agree").toBool();
        verdicts += row.value(u"verdictAgrees").toBool();
        const int compared = row.value(u"comparedEntries").toInt();
        const QJsonArray differences = row.value(u"differences").toArray();
        entries += compared;
        entriesAgree += compared - int(differences.size());
        if (row.value(u"agree").toBool())
            continue;
        // Refusals outside PCI topology (CPU, USB, IOMMU…) pcitopo need not reproduce.
        if (!row.value(u"verdictAgrees").toBool() && truth.value(u"class").toString() == u"other") {
            ++otherClass;
            continue;
        }
        disagreements << QStringLiteral("DIFFER %1: %2").arg(file, line);
    }
    qInfo().noquote() << QStringLiteral("check agreement: files %1/%2, verdicts %3/%2 (%4 refusals "
                                        "outside PCI topology), PCI entries %5/%6, libvirt's "
                                        "verdicts = oracle's record %7/%2")
                             .arg(agree)
                             .arg(lines.size())
                             .arg(verdicts)
                             .arg(otherClass)
                             .arg(entriesAgree)
                             .arg(entries)
                             .arg(oracleSame);
    for (const QString& d : std::as_const(disagreements))
        qInfo().noquote() << d;
    // The summary line is the rows' own tally.
    QCOMPARE(summary.value(u"files").toInt(), int(lines.size()));
    QCOMPARE(summary.value(u"agree").toInt(), agree);
    QCOMPARE(summary.value(u"verdictsAgree").toInt(), verdicts);
    QCOMPARE(summary.value(u"entries").toInt(), entries);
    QCOMPARE(summary.value(u"entriesAgree").toInt(), entriesAgree);
    QCOMPARE(run.exitCode, agree == lines.size() ? 0 : 1);
    QVERIFY2(disagreements.isEmpty(), "see the disagreements above");
    // Every temporary domain was undefined.
    for (const QString& name : domainNames(*m_connection) - before)
        QVERIFY2(!name.startsWith(QStringLiteral("pcitopo-check-")),
                 qPrintable(name + " was left defined"));
}

void TestLiveLibvirt::checkReportsConnectionErrors() {
    const CliRun run = runPcitopo({QStringLiteral("check"), QStringLiteral("--connect"),
                                   QStringLiteral("test:///no/such/file.xml"),
                                   example(QStringLiteral("q35-desktop.xml"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("cannot connect")), qPrintable(run.err));
    QCOMPARE(runPcitopo({QStringLiteral("check")}).exitCode, 2); // no FILE
    // The text format: one line per file, then the figure.
    const CliRun text = runPcitopo({QStringLiteral("check"), QStringLiteral("--connect"), Uri,
                                    example(QStringLiteral("pc-server.xml"))});
    QVERIFY2(text.out.contains(QStringLiteral("pc-server.xml: ")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("check: ")), qPrintable(text.out));
}

void TestLiveLibvirt::validateConnect() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR "/pci-rules-cases");
    // A case libvirt accepts and QEMU refuses at start: pcitopo's validator must report it.
    QString startRefused;
    for (const QJsonObject& row : recordedVerdicts(shared))
        if (row.value(u"ok").toBool() && row.value(u"start_class").toString() == u"pci")
            startRefused = shared + u'/' + row.value(u"file").toString();
    if (startRefused.isEmpty())
        QSKIP("no pci-rules case refused at start (PCITOPO_SHARED_DIR)");
    const QString bad = testName(QStringLiteral("validate-bad"));
    const QString good = testName(QStringLiteral("validate-good"));
    QVERIFY(define(startRefused, bad));
    QVERIFY(define(example(QStringLiteral("q35-desktop.xml")), good));

    const CliRun fromFile = runPcitopo({QStringLiteral("validate"), startRefused});
    const CliRun live =
        runPcitopo({QStringLiteral("validate"), QStringLiteral("--connect"), Uri, bad});
    QCOMPARE(fromFile.exitCode, 1);
    QCOMPARE(live.exitCode, 1);
    QVERIFY2(live.out.startsWith(bad + u':'), qPrintable(live.out));
    const QString firstMessage = fromFile.out.section(u'\n', 0, 0).section(QStringLiteral(": "), 2);
    QVERIFY2(live.out.contains(firstMessage), qPrintable(live.out + "\n---\n" + fromFile.out));

    const CliRun clean =
        runPcitopo({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--connect"), Uri, good});
    QCOMPARE(clean.exitCode,
             runPcitopo({QStringLiteral("validate"), example(QStringLiteral("q35-desktop.xml"))})
                 .exitCode);
    QVERIFY(clean.out.contains(QStringLiteral("\"file\":\"%1\"").arg(good)));

    const CliRun missing = runPcitopo({QStringLiteral("validate"), QStringLiteral("--connect"), Uri,
                                       testName(QStringLiteral("never-defined"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.out.contains(QStringLiteral("libvirt.domain-unavailable")),
             qPrintable(missing.out));
    QVERIFY(m_connection->undefine(bad).ok);
    QVERIFY(m_connection->undefine(good).ok);
}

void TestLiveLibvirt::checkRenamesOnlyTheDomainsOwnName() {
    // A real domain, then a file that names it in a comment, a <description> and CDATA before
    // its own <name>, and a file that is that domain itself: check defines only its temporary
    // domain, and the real one keeps its configuration byte for byte.
    const QString victim = testName(QStringLiteral("victim"));
    QVERIFY(define(example(QStringLiteral("q35-desktop.xml")), victim));
    QString error;
    const std::optional<QString> before = m_connection->inactiveXml(victim, true, &error);
    QVERIFY2(before, qPrintable(error));
    QString xml = withTemporaryName(readText(example(QStringLiteral("pc-server.xml"))), victim);
    xml.replace(QStringLiteral("<domain"),
                QStringLiteral("<!-- <name>%1</name> -->\n<domain").arg(victim));
    xml.replace(QStringLiteral("<name>"),
                QStringLiteral("<description><![CDATA[<name>%1</name>]]> &lt;name&gt;%1"
                               "&lt;/name&gt;</description>\n  <name>")
                    .arg(victim));
    QTemporaryDir dir;
    const QString hidden = dir.filePath(QStringLiteral("hidden-name.xml"));
    const QString same = dir.filePath(QStringLiteral("existing-name.xml"));
    QVERIFY(writeText(hidden, xml));
    QVERIFY(writeText(same, *before));
    const CliRun run =
        runPcitopo({QStringLiteral("check"), QStringLiteral("--connect"), Uri, hidden, same});
    QVERIFY2(run.out.contains(QStringLiteral("hidden-name.xml: agree (libvirt accepts")),
             qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("existing-name.xml: agree (libvirt accepts")),
             qPrintable(run.out + run.err));
    QCOMPARE(m_connection->inactiveXml(victim, true, &error), before);
    QCOMPARE(temporaryDomains(*m_connection), QStringList());
}

void TestLiveLibvirt::interruptedCheckLeavesNoTemporaryDomain() {
    // SIGINT and SIGTERM at random moments (connect, define, read back, undefine, between
    // files): the check undefines its temporary domain before it ends. SIGKILL cannot be
    // caught: the next check removes what a killed one left.
    const QStringList before = temporaryDomains(*m_connection);
    QVERIFY2(before.isEmpty(), qPrintable(before.join(u' ')));
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--connect"), Uri};
    for (int i = 0; i < 40; ++i)
        arguments.append(example(QStringLiteral("q35-desktop.xml")));
    QStringList left;
    for (const int signal : {SIGINT, SIGTERM, SIGKILL}) {
        for (int run = 0; run < 8; ++run) {
            QProcess check;
            check.start(QStringLiteral(PCITOPO_BINARY), arguments);
            QVERIFY(check.waitForStarted());
            QThread::msleep(QRandomGenerator::global()->bounded(5, 400));
            ::kill(pid_t(check.processId()), signal);
            QVERIFY(check.waitForFinished(60000));
            if (signal != SIGKILL)
                left += temporaryDomains(*m_connection);
        }
    }
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("left by SIGINT/SIGTERM: ") + left.join(u' ')));
    const CliRun next = runPcitopo({QStringLiteral("check"), QStringLiteral("--connect"), Uri,
                                    example(QStringLiteral("pc-server.xml"))});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(temporaryDomains(*m_connection), QStringList());
}

QTEST_GUILESS_MAIN(TestLiveLibvirt)
#include "tst_live_libvirt.moc"
