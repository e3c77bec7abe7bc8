#include "explain.h"

#include "explain/explainer.h"

#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct ExplainArguments {
    QString what;
    ExplainOptions options;
    QString error;
};

void setMachine(ExplainArguments& a, const QString& name) {
    if (name == u"q35")
        a.options.machine = Machine::Q35;
    else if (name == u"pc")
        a.options.machine = Machine::Pc;
    else
        a.error = QStringLiteral("unknown machine '%1' (q35 or pc)").arg(name);
}

ExplainArguments parse(const QStringList& arguments) {
    ExplainArguments a;
    for (int i = 0; i < arguments.size() && a.error.isEmpty(); ++i) {
        const QString& arg = arguments[i];
        const bool takesValue = arg == u"--machine" || arg == u"--into";
        if (takesValue && i + 1 >= arguments.size())
            a.error = QStringLiteral("%1 needs a value").arg(arg);
        else if (arg == u"--machine")
            setMachine(a, arguments[++i]);
        else if (arg.startsWith(QStringLiteral("--machine=")))
            setMachine(a, arg.mid(10));
        else if (arg == u"--into")
            a.options.into = arguments[++i];
        else if (arg.startsWith(QStringLiteral("--into=")))
            a.options.into = arg.mid(7);
        else if (arg.startsWith(u'-'))
            a.error = QStringLiteral("unknown option %1").arg(arg);
        else if (a.what.isEmpty())
            a.what = arg;
        else
            a.error = QStringLiteral("explain one thing at a time");
    }
    if (a.what.isEmpty() && a.error.isEmpty())
        a.error = QStringLiteral("what to explain is missing");
    return a;
}

} // namespace

int runExplain(const QStringList& arguments) {
    QTextStream err(stderr);
    const ExplainArguments a = parse(arguments);
    if (!a.error.isEmpty()) {
        err << "pcitopo explain: " << a.error << '\n'
            << "usage: pcitopo explain RULE|DEVICE|MODEL|CODE [--machine q35|pc] [--into "
               "CONTROLLER_MODEL]\n";
        return 2;
    }
    const Explanation e = Explainer(RuleTable::builtin()).explain(a.what, a.options);
    if (!e.isValid()) {
        err << "pcitopo explain: " << e.error << '\n';
        return 1;
    }
    QTextStream(stdout) << e.text;
    return 0;
}

} // namespace pcitopo::cli
