#include "check.h"

#include "calldeadline.h"
#include "checkcompare.h"
#include "libvirtconnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <csignal>
#include <pthread.h>

namespace pcitopo::cli {

namespace {

struct CheckOptions {
    QString uri = LibvirtConnection::defaultUri();
    int timeoutSeconds = 60; // for the connect, and for each file's define/read/undefine
    bool json = false;
    QStringList files;
};

struct Tally {
    int files = 0;
    int agree = 0;
    int verdictsAgree = 0;
    int bothAccept = 0;
    int entries = 0;
    int entriesAgree = 0;

    void add(const CheckRow& row) {
        ++files;
        agree += row.agrees();
        verdictsAgree += row.verdictAgrees();
        if (row.libvirt.ok && row.pcitopoAccepts) {
            ++bothAccept;
            entries += row.comparedEntries;
            entriesAgree += row.comparedEntries - int(row.differences.size());
        }
    }
};

int usageError(const QString& message) {
    QTextStream(stderr)
        << "pcitopo check: " << message << '\n'
        << "usage: pcitopo check [--connect URI] [--format text|json] [--timeout SECONDS] "
           "FILE...\n";
    return 2;
}

// Empty on success, else the usage error.
QString parse(const QStringList& arguments, CheckOptions& options) {
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--connect" || arg.startsWith(u"--connect=")) {
            options.uri = arg == u"--connect" ? arguments.value(++i) : arg.mid(10);
            if (options.uri.isEmpty())
                return QStringLiteral("--connect needs a URI");
        } else if (arg == u"--format" || arg.startsWith(u"--format=")) {
            const QString value = arg == u"--format" ? arguments.value(++i) : arg.mid(9);
            if (value != u"text" && value != u"json")
                return QStringLiteral("unknown format '%1'").arg(value);
            options.json = value == u"json";
        } else if (arg == u"--timeout" || arg.startsWith(u"--timeout=")) {
            const QString value = arg == u"--timeout" ? arguments.value(++i) : arg.mid(10);
            bool ok = false;
            options.timeoutSeconds = value.toInt(&ok);
            if (!ok || options.timeoutSeconds < 1)
                return QStringLiteral("--timeout needs a number of seconds, got '%1'").arg(value);
        } else if (arg.startsWith(u"--") && arg != u"--") {
            return QStringLiteral("unknown option '%1'").arg(arg);
        } else if (arg != u"--") {
            options.files.append(arg);
        }
    }
    return options.files.isEmpty() ? QStringLiteral("no FILE given") : QString();
}

void printSummary(QTextStream& out, const Tally& t, bool json) {
    if (json) {
        const QJsonObject summary{{"files", t.files},
                                  {"agree", t.agree},
                                  {"verdictsAgree", t.verdictsAgree},
                                  {"bothAccept", t.bothAccept},
                                  {"entries", t.entries},
                                  {"entriesAgree", t.entriesAgree}};
        out << QJsonDocument(QJsonObject{{"summary", summary}}).toJson(QJsonDocument::Compact)
            << '\n';
        return;
    }
    out << "check: " << t.agree << '/' << t.files << " files agree (verdicts " << t.verdictsAgree
        << '/' << t.files << ", PCI entries " << t.entriesAgree << '/' << t.entries << " on the "
        << t.bothAccept << " files both accept)\n";
}

// SIGINT, SIGTERM and SIGHUP are held while a temporary domain may be defined: blocked from
// the start (every thread inherits the mask), looked at between files, when nothing of ours is
// defined, and then delivered with their default action (the exit status a shell expects).
class HeldSignals {
public:
    HeldSignals() {
        sigemptyset(&held);
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            sigaddset(&held, signal);
        pthread_sigmask(SIG_BLOCK, &held, &previous);
    }
    ~HeldSignals() { pthread_sigmask(SIG_SETMASK, &previous, nullptr); }
    HeldSignals(const HeldSignals&) = delete;
    HeldSignals& operator=(const HeldSignals&) = delete;

    bool pending() const {
        sigset_t now;
        sigpending(&now);
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            if (sigismember(&now, signal))
                return true;
        return false;
    }

private:
    sigset_t held;
    sigset_t previous;
};

QString noAnswer(const CheckOptions& options, const QString& what) {
    return QStringLiteral("pcitopo check: %1 did not answer within %2 s (%3); gave up")
        .arg(options.uri)
        .arg(options.timeoutSeconds)
        .arg(what);
}

} // namespace

int runCheck(const QStringList& arguments) {
    CheckOptions options;
    if (const QString problem = parse(arguments, options); !problem.isEmpty())
        return usageError(problem);
    const HeldSignals held; // before the deadline's thread starts, so that it holds them too
    CallDeadline deadline;
    QTextStream err(stderr);
    QString error;
    deadline.arm(options.timeoutSeconds, noAnswer(options, QStringLiteral("connecting")));
    const auto connection =
        LibvirtConnection::open(options.uri, LibvirtConnection::Access::ReadWrite, &error);
    if (!connection) {
        err << "pcitopo check: cannot connect to " << options.uri << ": " << error << '\n';
        return 2;
    }
    for (const QString& name : removeStaleTemporaryDomains(*connection, &error))
        err << "pcitopo check: removed " << name << ", left by an interrupted check\n";
    deadline.disarm();
    err.flush();
    QTextStream out(stdout);
    Tally tally;
    bool unreadable = false;
    for (const QString& path : std::as_const(options.files)) {
        if (held.pending())
            break; // nothing of ours is defined here: the held signal ends the process below
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "pcitopo check: " << path << ": " << file.errorString() << '\n';
            err.flush();
            unreadable = true;
            continue;
        }
        const QByteArray bytes = file.readAll();
        deadline.arm(options.timeoutSeconds, noAnswer(options, path));
        const LibvirtVerdict verdict = askLibvirt(*connection, QString::fromUtf8(bytes));
        deadline.disarm();
        if (verdict.stop) {
            err << "pcitopo check: " << path << ": " << verdict.error << '\n';
            return 2;
        }
        const CheckRow row = compareWithLibvirt(path, bytes, verdict);
        options.json ? printCheckJson(out, row) : printCheckText(out, row);
        out.flush();
        tally.add(row);
    }
    if (held.pending())
        return 2; // ~HeldSignals unblocks the signal: its default action ends the process
    printSummary(out, tally, options.json);
    if (unreadable)
        return 2;
    return tally.agree == tally.files ? 0 : 1;
}

} // namespace pcitopo::cli
