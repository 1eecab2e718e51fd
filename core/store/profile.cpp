#include "core/store/profile.h"

using namespace Qt::StringLiterals;

namespace bc::store {

Profile Profile::implicitFor(api::EnvironmentKind environment, const QUrl &customBaseUrl)
{
    Profile profile;
    profile.environment = environment;
    if (environment == api::EnvironmentKind::Custom) {
        const int defaultPort = customBaseUrl.scheme() == u"http" ? 80 : 443;
        profile.customBaseUrl = customBaseUrl;
        profile.name =
                u"custom-%1-%2"_s.arg(customBaseUrl.host()).arg(customBaseUrl.port(defaultPort));
    } else {
        profile.name = api::Environment::key(environment);
    }
    return profile;
}

} // namespace bc::store
