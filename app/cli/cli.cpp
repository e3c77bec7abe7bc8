#include "cli.h"
#include "assign.h"
#include "bench.h"
#include "check.h"
#include "explain.h"
#include "render.h"
#include "renderpng.h"
#include "show.h"
#include "validate.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <cstring>

namespace pcitopo::cli {

static const char* const kSubcommands[] = {"validate",  "assign", "show",   "render",
                                           "explain",   "bench",  "--help", "-h",
                                           "--version", "-v",     "help",   "check"};

bool isHeadlessInvocation(int argc, char* argv[]) {
    if (argc < 2)
        return false;
    for (const char* name : kSubcommands)
        if (std::strcmp(argv[1], name) == 0)
            return true;
    return false;
}

static QString usage() {
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
        "       pcitopo check [--connect URI] [--format text|json] FILE...\n"
        "       pcitopo --version | --help\n");
}

int run(int argc, char* argv[]) {
    const std::unique_ptr<QCoreApplication> app = makeCliApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pcitopo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCITOPO_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    const QString command = args.takeFirst();
    if (command == u"--version" || command == u"-v") {
        out << "pcitopo " << PCITOPO_VERSION << "\n";
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return 0;
    }
    if (command == u"validate")
        return runValidate(args);
    if (command == u"assign")
        return runAssign(args);
    if (command == u"show")
        return runShow(args);
    if (command == u"render")
        return runRender(args);
    if (command == u"explain")
        return runExplain(args);
    if (command == u"bench")
        return runBench(args);
    if (command == u"check")
        return runCheck(args);
    QTextStream(stderr) << "pcitopo: '" << command << "' is not implemented yet\n";
    return 2;
}

} // namespace pcitopo::cli
