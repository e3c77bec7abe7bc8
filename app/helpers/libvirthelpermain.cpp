// pcitopo-libvirt-helper: the command line with libvirt loaded, for `pcitopo check` and
// `pcitopo validate --connect` (pcitopo hands those over to it; see app/cli/handoff.h).
#include "cli/check.h"
#include "cli/cli.h"
#include "cli/handoff.h"
#include "libvirtconnection.h"

#include <memory>

namespace {

pcitopo::cli::DomainXmlSource connectReadOnly(const QString& uri, QString* error) {
    using pcitopo::LibvirtConnection;
    std::shared_ptr<LibvirtConnection> connection =
        LibvirtConnection::open(uri, LibvirtConnection::Access::ReadOnly, error);
    if (!connection)
        return {};
    return [connection](const QString& name, QString* readError) {
        return connection->inactiveXml(name, false, readError);
    };
}

} // namespace

int main(int argc, char* argv[]) {
    pcitopo::cli::backends().check = &pcitopo::cli::runCheck;
    pcitopo::cli::backends().connectReadOnly = &connectReadOnly;
    return pcitopo::cli::run(argc, argv);
}
