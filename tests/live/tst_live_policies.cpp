// Live test of issue #4: every placement policy's output, for a few hundred generated domains,
// must be accepted by the real libvirt 9.0 (../shared/oracle/libvirt-verdict, which installs and
// starts libvirtd on first use). Runs the real `pcitopo assign` binary.
//
// 160 domains (about 540 outputs: ~0.2–0.35 s each in libvirt, two oracle calls side by side)
// keep the test at a few minutes. PCITOPO_LIVE_DOMAINS overrides the count, PCITOPO_LIVE_SEED the
// seed, PCITOPO_LIVE_KEEP=DIR keeps every file.

#include "domaingenerator.h"
#include "policies/placementpolicy.h"
#include "session/documentsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <memory>
#include <vector>

using namespace pcitopo::live;

namespace {

struct Run {
    QString policy; // as printed: "libvirt", "reserve:N"
    QString input;
    QString output;
};

struct PolicyTally {
    int checked = 0;
    int accepted = 0;
    QStringList failures;
};

QString policyKey(const QString& policy) {
    return policy.startsWith(u"reserve:") ? QStringLiteral("reserve:N") : policy;
}

// A grown domain: libvirt's placement of the devices before LaterMarker (as if the domain had
// been defined), then the later devices appended without addresses.
QString grow(const QString& xml) {
    const QString marker = QString::fromLatin1(LaterMarker);
    const QString devicesEnd = QStringLiteral("\n  </devices>");
    const qsizetype at = xml.indexOf(marker);
    const qsizetype end = xml.lastIndexOf(devicesEnd);
    if (at < 0 || end < at)
        return xml;
    const QString later = xml.mid(at + marker.size(), end - at - marker.size());
    const QString defined = xml.left(at).trimmed() + xml.mid(end);
    pcitopo::DocumentSession session;
    pcitopo::DocumentError error;
    if (!session.openBytes(defined.toUtf8(), QStringLiteral("grown.xml"), &error))
        return xml;
    const pcitopo::PolicyPlan plan =
        pcitopo::makePolicy({})->plan(session.document(), session.rules());
    if (!plan.ok() || !session.execute(pcitopo::makePolicyCommand(session.document(), plan,
                                                                  QStringLiteral("libvirt"))))
        return xml; // left as generated: the test then reports it
    const QString text = session.document().text();
    const qsizetype close = text.lastIndexOf(devicesEnd);
    return text.left(close) + later + text.mid(close);
}

bool writeFile(const QString& path, const QString& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class TestLivePolicies : public QObject {
    Q_OBJECT

private slots:
    void everyPolicyIsAcceptedByLibvirt();

private:
    QList<GeneratedDomain> generate(const QString& inputDir);
    QList<Run> assignAll(const QList<GeneratedDomain>& domains, const QString& dir,
                         QStringList& assignFailures);
    QList<QByteArray> verdicts(const QString& oracle, const QStringList& files, QString& why);

    int m_grown = 0;
};

QList<GeneratedDomain> TestLivePolicies::generate(const QString& inputDir) {
    const int count = qEnvironmentVariableIsSet("PCITOPO_LIVE_DOMAINS")
                          ? qEnvironmentVariableIntValue("PCITOPO_LIVE_DOMAINS")
                          : 160;
    const quint32 seed = qEnvironmentVariableIsSet("PCITOPO_LIVE_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PCITOPO_LIVE_SEED"))
                             : 20261125u;
    DomainGenerator generator(seed);
    QList<GeneratedDomain> domains;
    for (int i = 1; i <= count; ++i) {
        GeneratedDomain d = generator.next(i);
        if (d.xml.contains(QString::fromLatin1(LaterMarker))) {
            d.xml = grow(d.xml);
            ++m_grown;
        }
        if (!writeFile(inputDir + u'/' + d.name + QStringLiteral(".xml"), d.xml))
            qFatal("cannot write the generated domain %s", qPrintable(d.name));
        domains.append(d);
    }
    return domains;
}

// Runs `pcitopo assign` for every domain and policy, a few processes at a time; a refusal is a
// failure, except the numa policy on a domain without NUMA cells, which must refuse (exit 1) and
// is not sent to libvirt.
QList<Run> TestLivePolicies::assignAll(const QList<GeneratedDomain>& domains, const QString& dir,
                                       QStringList& assignFailures) {
    struct Job {
        Run run;
        bool expectRefusal = false;
    };
    QList<Job> jobs;
    for (const GeneratedDomain& d : domains) {
        const int reserve = 1 + int(qHash(d.name) % 8);
        for (const QString& policy :
             {QStringLiteral("libvirt"), QStringLiteral("integrated"), QStringLiteral("numa"),
              QStringLiteral("reserve:%1").arg(reserve)}) {
            const QString input = dir + QStringLiteral("/in/") + d.name + QStringLiteral(".xml");
            const QString output = dir + u'/' + policyKey(policy).replace(u':', u'-') + u'/' +
                                   d.name + QStringLiteral(".xml");
            jobs.append({{policy, input, output}, policy == u"numa" && d.numaCells == 0});
        }
    }
    QList<Run> runs;
    const int parallel = std::max(2, QThread::idealThreadCount());
    for (qsizetype from = 0; from < jobs.size(); from += parallel) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (qsizetype i = from; i < std::min(jobs.size(), from + parallel); ++i) {
            const Run& r = jobs.at(i).run;
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(QStringLiteral(PCITOPO_BINARY),
                                    {QStringLiteral("assign"), QStringLiteral("--policy"), r.policy,
                                     r.input, QStringLiteral("-o"), r.output});
        }
        for (size_t k = 0; k < processes.size(); ++k) {
            QProcess& process = *processes[k];
            process.waitForFinished(60000);
            const Job& job = jobs.at(from + qsizetype(k));
            const QString name = QFileInfo(job.run.input).completeBaseName();
            const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
            if (job.expectRefusal) {
                if (process.exitCode() != 1)
                    assignFailures << QStringLiteral("%1 numa: expected exit 1 (no NUMA "
                                                     "cells), got %2")
                                          .arg(name)
                                          .arg(process.exitCode());
            } else if (!ok) {
                assignFailures << QStringLiteral("%1 %2: exit %3: %4")
                                      .arg(name, job.run.policy)
                                      .arg(process.exitCode())
                                      .arg(QString::fromUtf8(process.readAllStandardError()));
            } else {
                runs.append(job.run);
            }
        }
    }
    return runs;
}

// libvirt's verdicts, one JSON object per line, from a few oracle calls running side by side.
// Empty when libvirt cannot be started (`why` then says so).
QList<QByteArray> TestLivePolicies::verdicts(const QString& oracle, const QStringList& files,
                                             QString& why) {
    const int parallel = std::max(2, QThread::idealThreadCount());
    std::vector<std::unique_ptr<QProcess>> calls;
    const qsizetype chunk = (files.size() + parallel - 1) / parallel;
    for (qsizetype from = 0; from < files.size(); from += chunk) {
        calls.push_back(std::make_unique<QProcess>());
        calls.back()->start(oracle, files.mid(from, chunk));
    }
    QList<QByteArray> lines;
    for (auto& call : calls) {
        call->waitForFinished(-1);
        const QByteArray out = call->readAllStandardOutput();
        if (call->exitCode() != 0 && out.trimmed().isEmpty())
            why = QString::fromUtf8(call->readAllStandardError()).trimmed();
        lines += out.split('\n');
    }
    return lines;
}

void TestLivePolicies::everyPolicyIsAcceptedByLibvirt() {
    const QString oracle = QStringLiteral(PCITOPO_SHARED_DIR "/oracle/libvirt-verdict");
    if (!QFileInfo(oracle).isExecutable())
        QSKIP(qPrintable(QStringLiteral("no libvirt oracle at %1").arg(oracle)));
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    // PCITOPO_LIVE_KEEP=DIR keeps the domains and outputs there for a closer look.
    const QString keep = qEnvironmentVariable("PCITOPO_LIVE_KEEP");
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    for (const char* sub : {"in", "libvirt", "integrated", "numa", "reserve-N"})
        QVERIFY(dir.mkpath(QString::fromLatin1(sub)));

    QElapsedTimer timer;
    timer.start();
    const QList<GeneratedDomain> domains = generate(dir.path() + QStringLiteral("/in"));
    QStringList assignFailures;
    const QList<Run> runs = assignAll(domains, dir.path(), assignFailures);
    const qint64 assignMs = timer.restart();
    for (const QString& failure : std::as_const(assignFailures))
        qWarning().noquote() << "assign failed:" << failure;

    QStringList outputs;
    QHash<QString, const Run*> byOutput;
    for (const Run& run : runs) {
        outputs << run.output;
        byOutput.insert(run.output, &run);
    }
    QString why;
    const QList<QByteArray> lines = verdicts(oracle, outputs, why);
    const qint64 oracleMs = timer.elapsed();
    if (!why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("libvirt cannot be started: %1").arg(why)));

    QMap<QString, PolicyTally> tallies;
    QSet<QString> answered;
    for (const QByteArray& line : lines) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const Run* run = byOutput.value(row.value(u"file").toString());
        if (!run)
            continue;
        answered.insert(run->output);
        PolicyTally& t = tallies[policyKey(run->policy)];
        ++t.checked;
        if (row.value(u"ok").toBool())
            ++t.accepted;
        else
            t.failures << QStringLiteral("%1 (%2): %3")
                              .arg(QFileInfo(run->input).fileName(), run->policy,
                                   row.value(u"error").toString());
    }
    int refused = 0;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        qInfo().noquote() << QStringLiteral("live: policy %1 %2/%3 accepted")
                                 .arg(it.key())
                                 .arg(it.value().accepted)
                                 .arg(it.value().checked);
        for (const QString& f : it.value().failures)
            qWarning().noquote() << "  refused:" << f;
        refused += int(it.value().failures.size());
    }
    qInfo().noquote() << QStringLiteral("live: %1 domains (%5 grown from a libvirt-addressed "
                                        "start), %2 outputs; assign %3 s, libvirt %4 s")
                             .arg(domains.size())
                             .arg(runs.size())
                             .arg(double(assignMs) / 1000, 0, 'f', 1)
                             .arg(double(oracleMs) / 1000, 0, 'f', 1)
                             .arg(m_grown);
    QCOMPARE(assignFailures.size(), 0);
    QCOMPARE(answered.size(), runs.size());
    QCOMPARE(refused, 0);
}

QTEST_GUILESS_MAIN(TestLivePolicies)
#include "tst_live_policies.moc"
