#include "cli.h"
#include "assign.h"
#include "bench.h"
#include "diff.h"
#include "explain.h"
#include "handoff.h"
#include "render.h"
#include "show.h"
#include "validate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace pcitopo::cli {

namespace {

int runCheckOrHandOff(const QStringList& arguments) {
    return backends().check ? backends().check(arguments) : handOff(kLibvirtHelper);
}

struct Subcommand {
    const char* name;
    int (*run)(const QStringList& arguments);
};

// A new subcommand: one row here and its lines in usage().
const Subcommand kSubcommands[] = {
    {"validate", runValidate},    {"assign", runAssign},   {"show", runShow},
    {"render", runRender},        {"explain", runExplain}, {"bench", runBench},
    {"check", runCheckOrHandOff}, {"diff", runDiff},
};

const char* const kGlobalWords[] = {"--help", "-h", "help", "--version", "-v"};

QString usage() {
    return QStringLiteral(
        "usage: pcitopo [FILE]                 open the editor (on FILE)\n"
        "       pcitopo validate [--format text|json] [--no-waivers] FILE...\n"
        "       pcitopo validate [--format text|json] [--no-waivers] --connect URI DOMAIN...\n"
        "       pcitopo assign [--policy libvirt|integrated|numa|reserve:N] FILE [-o OUT | "
        "--in-place]\n"
        "       pcitopo show [--format text|json] [--view written|defined] FILE\n"
        "       pcitopo render [--format svg|png|txt] [--view written|defined] FILE [-o OUT] "
        "[--width N]\n"
        "       pcitopo explain RULE|DEVICE|MODEL|CODE [--machine q35|pc] [--into MODEL]\n"
        "       pcitopo bench [--quick] [--no-libvirt] [--format text|json] [--runs N]\n"
        "       pcitopo check [--connect URI] [--format text|json] [--timeout SECONDS] FILE...\n"
        "       pcitopo diff [--all] [--format text|json] A.xml B.xml\n"
        "       pcitopo --version | --help\n");
}

// The usage lines of one subcommand, as `pcitopo SUBCOMMAND --help` prints them.
QString usageOf(const QString& command) {
    QString lines;
    const QString prefix = QStringLiteral("pcitopo ") + command + u' ';
    for (const QString& line : usage().split(u'\n')) {
        const qsizetype at = line.indexOf(prefix);
        if (at >= 0)
            lines += (lines.isEmpty() ? QStringLiteral("usage: ") : QStringLiteral("       ")) +
                     line.mid(at) + u'\n';
    }
    return lines;
}

const Subcommand* findSubcommand(const char* word) {
    for (const Subcommand& subcommand : kSubcommands)
        if (qstrcmp(word, subcommand.name) == 0)
            return &subcommand;
    return nullptr;
}

bool isGlobalWord(const char* word) {
    return std::any_of(std::begin(kGlobalWords), std::end(kGlobalWords),
                       [word](const char* global) { return qstrcmp(word, global) == 0; });
}

// An option (--lang, --screenshot...) or something naming a file is the editor's; a bare word
// that names nothing is a mistyped subcommand.
bool isEditorArgument(const QString& word) {
    return word.startsWith(u'-') || word.contains(u'/') || word.contains(u'.') ||
           QFileInfo::exists(word);
}

int editDistance(const QString& a, const QString& b) {
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

int unknownCommand(const QString& word) {
    QString nearest;
    int best = 3; // farther than two edits is no typo
    for (const Subcommand& subcommand : kSubcommands) {
        const int distance = editDistance(word, QString::fromLatin1(subcommand.name));
        if (distance < best) {
            best = distance;
            nearest = QString::fromLatin1(subcommand.name);
        }
    }
    QTextStream err(stderr);
    err << "pcitopo: unknown command '" << word << "'";
    if (!nearest.isEmpty())
        err << " (did you mean '" << nearest << "'?)";
    err << "\nrun 'pcitopo --help' for the list of commands\n";
    return 2;
}

bool asksForHelp(const QStringList& arguments) {
    for (const QString& argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"--help" || argument == u"-h")
            return true;
    }
    return false;
}

int runHeadless(int argc, char* argv[], const Subcommand* subcommand) {
    const std::unique_ptr<QCoreApplication> app =
        backends().makeApplication ? backends().makeApplication(argc, argv)
                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pcitopo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCITOPO_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    const QString command = args.takeFirst();
    if (!subcommand && (command == u"--version" || command == u"-v")) {
        out << "pcitopo " << PCITOPO_VERSION << "\n";
        return 0;
    }
    if (!subcommand) {
        out << usage();
        return 0;
    }
    if (asksForHelp(args)) {
        out << usageOf(command);
        return 0;
    }
    return subcommand->run(args);
}

} // namespace

int run(int argc, char* argv[]) {
    if (argc < 2)
        return handOff(kEditor, argv);
    const Subcommand* subcommand = findSubcommand(argv[1]);
    if (subcommand || isGlobalWord(argv[1]))
        return runHeadless(argc, argv, subcommand);
    const QString word = QString::fromLocal8Bit(argv[1]);
    if (isEditorArgument(word))
        return handOff(kEditor, argv);
    return unknownCommand(word);
}

} // namespace pcitopo::cli
