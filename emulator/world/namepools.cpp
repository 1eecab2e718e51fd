#include "namepools.h"

using namespace Qt::StringLiterals;

namespace bc::emulator::NamePools {

QList<Company> accentedLatinCompanies()
{
    return {
            {u"Café Berlin"_s, u"Café Berlin GmbH"_s, u"DE"_s, u"EUR"_s, u"Europe/Berlin"_s,
             u"Etc/GMT-1"_s},
            {u"Müller & Söhne Medien"_s, u"Müller & Söhne Medien GmbH"_s, u"DE"_s, u"EUR"_s,
             u"Europe/Berlin"_s, u"Etc/GMT-1"_s},
            {u"Crème Média"_s, u"Crème Média SAS"_s, u"FR"_s, u"EUR"_s, u"Europe/Paris"_s,
             u"Etc/GMT-1"_s},
            {u"Société Lumière Publicité"_s, u"Société Lumière Publicité SARL"_s, u"FR"_s, u"EUR"_s,
             u"Europe/Paris"_s, u"Etc/GMT-1"_s},
            {u"Señor Píxel Estudio"_s, u"Señor Píxel Estudio S.L."_s, u"ES"_s, u"EUR"_s,
             u"Europe/Madrid"_s, u"Etc/GMT-1"_s},
            {u"São Paulo Mídia Digital"_s, u"São Paulo Mídia Digital Ltda."_s, u"BR"_s, u"BRL"_s,
             u"America/Sao_Paulo"_s, u"Etc/GMT+3"_s},
            {u"Açaí & Companhia"_s, u"Açaí & Companhia Ltda."_s, u"BR"_s, u"BRL"_s,
             u"America/Sao_Paulo"_s, u"Etc/GMT+3"_s},
            {u"Łódź Kreatywna"_s, u"Łódź Kreatywna sp. z o.o."_s, u"PL"_s, u"PLN"_s,
             u"Europe/Warsaw"_s, u"Etc/GMT-1"_s},
            {u"Øresund Reklame"_s, u"Øresund Reklame ApS"_s, u"DK"_s, u"DKK"_s,
             u"Europe/Copenhagen"_s, u"Etc/GMT-1"_s},
            {u"Zürich Markenwerk"_s, u"Zürich Markenwerk AG"_s, u"CH"_s, u"CHF"_s,
             u"Europe/Zurich"_s, u"Etc/GMT-1"_s},
            {u"Göteborgs Reklambyrå"_s, u"Göteborgs Reklambyrå AB"_s, u"SE"_s, u"SEK"_s,
             u"Europe/Stockholm"_s, u"Etc/GMT-1"_s},
            {u"Ñandú Publicidad"_s, u"Ñandú Publicidad S.A. de C.V."_s, u"MX"_s, u"MXN"_s,
             u"America/Mexico_City"_s, u"Etc/GMT+6"_s},
            {u"İstanbul Reklam Ajansı"_s, u"İstanbul Reklam Ajansı A.Ş."_s, u"TR"_s, u"TRY"_s,
             u"Europe/Istanbul"_s, u"Etc/GMT-3"_s},
    };
}

QList<Company> cjkCompanies()
{
    return {
            {u"東京広告株式会社"_s, u"東京広告株式会社"_s, u"JP"_s, u"JPY"_s, u"Asia/Tokyo"_s,
             u"Etc/GMT-9"_s},
            {u"大阪デジタルメディア"_s, u"大阪デジタルメディア合同会社"_s, u"JP"_s, u"JPY"_s,
             u"Asia/Tokyo"_s, u"Etc/GMT-9"_s},
            {u"札幌クリエイティブ"_s, u"札幌クリエイティブ株式会社"_s, u"JP"_s, u"JPY"_s,
             u"Asia/Tokyo"_s, u"Etc/GMT-9"_s},
            {u"深圳跨境电商科技"_s, u"深圳跨境电商科技有限公司"_s, u"CN"_s, u"USD"_s,
             u"Asia/Shanghai"_s, u"Etc/GMT-8"_s},
            {u"上海星辰广告"_s, u"上海星辰广告有限公司"_s, u"CN"_s, u"CNY"_s, u"Asia/Shanghai"_s,
             u"Etc/GMT-8"_s},
            {u"台北數位行銷"_s, u"台北數位行銷股份有限公司"_s, u"TW"_s, u"TWD"_s, u"Asia/Taipei"_s,
             u"Etc/GMT-8"_s},
            {u"香港飛躍媒體"_s, u"香港飛躍媒體有限公司"_s, u"HK"_s, u"HKD"_s, u"Asia/Hong_Kong"_s,
             u"Etc/GMT-8"_s},
            {u"서울 크리에이티브 랩"_s, u"주식회사 서울크리에이티브랩"_s, u"KR"_s, u"KRW"_s,
             u"Asia/Seoul"_s, u"Etc/GMT-9"_s},
    };
}

QList<Company> emojiCompanies()
{
    return {
            {u"🚀 Rocket Media"_s, u"Rocket Media Ltd"_s, u"GB"_s, u"GBP"_s, u"Europe/London"_s,
             u"Etc/GMT"_s},
            {u"🌮 Taco Tuesday Ads"_s, u"Taco Tuesday Advertising LLC"_s, u"US"_s, u"USD"_s,
             u"America/Chicago"_s, u"Etc/GMT+6"_s},
            {u"🎧 Soundwave Collective"_s, u"Soundwave Collective Pty Ltd"_s, u"AU"_s, u"AUD"_s,
             u"Australia/Sydney"_s, u"Etc/GMT-10"_s},
            {u"🌈 Rainbow Retail"_s, u"Rainbow Retail Inc."_s, u"CA"_s, u"CAD"_s,
             u"America/Toronto"_s, u"Etc/GMT+5"_s},
            {u"🐼 Panda Play Studio"_s, u"Panda Play Pte. Ltd."_s, u"SG"_s, u"SGD"_s,
             u"Asia/Singapore"_s, u"Etc/GMT-8"_s},
            {u"☕ Morning Brew Marketing"_s, u"Morning Brew Marketing LLC"_s, u"US"_s, u"USD"_s,
             u"America/New_York"_s, u"Etc/GMT+5"_s},
            {u"🔥 Hot Deals Daily"_s, u"Hot Deals Daily B.V."_s, u"NL"_s, u"EUR"_s,
             u"Europe/Amsterdam"_s, u"Etc/GMT-1"_s},
            // A ZWJ sequence: several code points that render as one glyph.
            {u"\U0001F469\u200D\U0001F4BB Code & Content"_s, u"Code and Content GmbH"_s, u"AT"_s,
             u"EUR"_s, u"Europe/Vienna"_s, u"Etc/GMT-1"_s},
    };
}

QList<Company> asciiCompanies()
{
    return {
            {u"Northwind Traders"_s, u"Northwind Traders Inc."_s, u"US"_s, u"USD"_s,
             u"America/New_York"_s, u"Etc/GMT+5"_s},
            {u"Contoso Marketing"_s, u"Contoso Marketing LLC"_s, u"US"_s, u"USD"_s,
             u"America/Los_Angeles"_s, u"Etc/GMT+8"_s},
            {u"Blue Harbor Agency"_s, u"Blue Harbor Agency Ltd"_s, u"GB"_s, u"GBP"_s,
             u"Europe/London"_s, u"Etc/GMT"_s},
            {u"Summit Outdoor Co"_s, u"Summit Outdoor Company"_s, u"US"_s, u"USD"_s,
             u"America/Denver"_s, u"Etc/GMT+7"_s},
            {u"Pinecrest Foods"_s, u"Pinecrest Foods Pty Ltd"_s, u"AU"_s, u"AUD"_s,
             u"Australia/Melbourne"_s, u"Etc/GMT-10"_s},
            {u"Brightline Apparel"_s, u"Brightline Apparel Ltd"_s, u"IE"_s, u"EUR"_s,
             u"Europe/Dublin"_s, u"Etc/GMT"_s},
            {u"Maple Leaf Gaming"_s, u"Maple Leaf Gaming Inc."_s, u"CA"_s, u"CAD"_s,
             u"America/Vancouver"_s, u"Etc/GMT+8"_s},
            {u"Lagos Growth Partners"_s, u"Lagos Growth Partners Ltd"_s, u"NG"_s, u"NGN"_s,
             u"Africa/Lagos"_s, u"Etc/GMT-1"_s},
            {u"Jakarta Commerce Hub"_s, u"PT Jakarta Commerce Hub"_s, u"ID"_s, u"IDR"_s,
             u"Asia/Jakarta"_s, u"Etc/GMT-7"_s},
            {u"Desert Bloom Digital"_s, u"Desert Bloom Digital FZ-LLC"_s, u"AE"_s, u"AED"_s,
             u"Asia/Dubai"_s, u"Etc/GMT-4"_s},
    };
}

QList<QList<Company>> companiesByScript()
{
    return {accentedLatinCompanies(), cjkCompanies(), emojiCompanies(), asciiCompanies()};
}

int utcOffsetMinutes(const QString &etcTimezone)
{
    // "Etc/GMT-9" is UTC+9: POSIX signs.
    const QString offset = etcTimezone.mid(7);
    return offset.isEmpty() ? 0 : -offset.toInt() * 60;
}

QList<QList<Person>> peopleByScript()
{
    return {
            {
                    {u"José Álvarez"_s, u"jose.alvarez"_s},
                    {u"Zoë Brontë"_s, u"zoe.bronte"_s},
                    {u"Łukasz Wójcik"_s, u"lukasz.wojcik"_s},
                    {u"Søren Kierkegård"_s, u"soren.kierkegard"_s},
                    {u"Anaïs Lefèvre"_s, u"anais.lefevre"_s},
                    {u"Jürgen Groß"_s, u"juergen.gross"_s},
                    {u"Inês Gonçalves"_s, u"ines.goncalves"_s},
                    {u"Çağla Yıldız"_s, u"cagla.yildiz"_s},
                    {u"Björn Ångström"_s, u"bjorn.angstrom"_s},
                    {u"Renée Dvořák"_s, u"renee.dvorak"_s},
                    {u"Mónica Peña"_s, u"monica.pena"_s},
                    {u"François Hüber"_s, u"francois.huber"_s},
            },
            {
                    {u"山田 太郎"_s, u"yamada.taro"_s},
                    {u"佐藤 花子"_s, u"sato.hanako"_s},
                    {u"王芳"_s, u"wang.fang"_s},
                    {u"李娜"_s, u"li.na"_s},
                    {u"陈伟"_s, u"chen.wei"_s},
                    {u"김민준"_s, u"kim.minjun"_s},
                    {u"이서연"_s, u"lee.seoyeon"_s},
                    {u"林美玲"_s, u"lin.meiling"_s},
                    {u"鈴木 一郎"_s, u"suzuki.ichiro"_s},
                    {u"박지훈"_s, u"park.jihoon"_s},
            },
            {
                    {u"Mia 🌸 Chen"_s, u"mia.chen"_s},
                    {u"🎨 Leo Fischer"_s, u"leo.fischer"_s},
                    {u"Sam 🚀 Patel"_s, u"sam.patel"_s},
                    {u"Noor ✨ Haddad"_s, u"noor.haddad"_s},
                    {u"\U0001F469\u200D\U0001F4BB Priya Nair"_s, u"priya.nair"_s},
                    {u"Tom 🎸 Baker"_s, u"tom.baker"_s},
            },
            {
                    {u"Emily Johnson"_s, u"emily.johnson"_s},
                    {u"Michael Brown"_s, u"michael.brown"_s},
                    {u"Olivia Smith"_s, u"olivia.smith"_s},
                    {u"David Miller"_s, u"david.miller"_s},
                    {u"Sarah Wilson"_s, u"sarah.wilson"_s},
                    {u"James Taylor"_s, u"james.taylor"_s},
                    {u"Chloe Davis"_s, u"chloe.davis"_s},
                    {u"Daniel Moore"_s, u"daniel.moore"_s},
                    {u"Aisha Bello"_s, u"aisha.bello"_s},
                    {u"Ravi Kumar"_s, u"ravi.kumar"_s},
            },
    };
}

QStringList accountPurposes()
{
    return {
            u"Performance"_s,  u"Brand Awareness"_s,   u"Retargeting"_s,      u"App Installs"_s,
            u"Lead Gen"_s,     u"Black Friday"_s,      u"Été 2026"_s,         u"Rentrée"_s,
            u"Año Nuevo"_s,    u"Promoção de Verão"_s, u"Søndagstilbud"_s,    u"Zürich Launch"_s,
            u"ブランド認知"_s, u"新品推广"_s,          u"双十一"_s,           u"리타게팅"_s,
            u"🎄 Holiday"_s,    u"🔥 Flash Sale"_s,      u"🛍️ Shop Now"_s, u"📱 App Push"_s,
    };
}

QStringList assetNames(const QString &assetType)
{
    if (assetType == u"CATALOG"_s) {
        return {u"Main Product Feed"_s, u"Sommerkollektion 2026"_s,    u"春季新品目录"_s,
                u"Catálogo Verão"_s,    u"🛒 Everyday Essentials"_s, u"Outlet Catalogue"_s};
    }
    if (assetType == u"PIXEL"_s) {
        return {u"Web Pixel"_s,      u"Checkout Pixel"_s,     u"ウェブピクセル"_s,
                u"Pixel Boutique"_s, u"🎯 Conversion Pixel"_s, u"Landing Pages"_s};
    }
    if (assetType == u"LEAD"_s) {
        return {u"Newsletter Sign-up"_s, u"Formulaire de contact"_s, u"お問い合わせフォーム"_s,
                u"Test Drive Booking"_s, u"📝 Webinar Registration"_s};
    }
    if (assetType == u"TT_ACCOUNT"_s) {
        return {u"Official"_s, u"Creators"_s, u"Ofertas"_s, u"公式"_s, u"✨ Behind the Scenes"_s};
    }
    if (assetType == u"TIKTOK_SHOP"_s) {
        return {u"Official Store"_s, u"Boutique en ligne"_s, u"旗舰店"_s, u"Outlet Shop"_s,
                u"🛍️ Flash Deals"_s};
    }
    if (assetType == u"STOREFRONT"_s) {
        return {u"Storefront"_s, u"Vitrine"_s, u"ショップ"_s, u"🏬 Showroom"_s};
    }
    if (assetType == u"DOMAIN"_s)
        return {u"shop"_s, u"www"_s, u"promo"_s, u"store"_s, u"go"_s};
    return {u"Business Account"_s, u"Brand Studio"_s, u"官方账号"_s, u"🌟 Community"_s};
}

QList<Company> externalCompanies()
{
    return {
            {u"Nordlicht Media Partners"_s, u"Nordlicht Media Partners GmbH"_s, u"DE"_s, u"EUR"_s,
             u"Europe/Berlin"_s, u"Etc/GMT-1"_s},
            {u"Agence Étoile"_s, u"Agence Étoile SAS"_s, u"FR"_s, u"EUR"_s, u"Europe/Paris"_s,
             u"Etc/GMT-1"_s},
            {u"北京星光传媒"_s, u"北京星光传媒有限公司"_s, u"CN"_s, u"CNY"_s, u"Asia/Shanghai"_s,
             u"Etc/GMT-8"_s},
            {u"🦄 Unicorn Labs"_s, u"Unicorn Labs Inc."_s, u"US"_s, u"USD"_s,
             u"America/Los_Angeles"_s, u"Etc/GMT+8"_s},
            {u"Harbor & Vine"_s, u"Harbor and Vine LLC"_s, u"US"_s, u"USD"_s, u"America/New_York"_s,
             u"Etc/GMT+5"_s},
            {u"ソウル・メディアワークス"_s, u"株式会社ソウルメディアワークス"_s, u"JP"_s, u"JPY"_s,
             u"Asia/Tokyo"_s, u"Etc/GMT-9"_s},
            {u"Ipanema Criativa"_s, u"Ipanema Criativa Ltda."_s, u"BR"_s, u"BRL"_s,
             u"America/Sao_Paulo"_s, u"Etc/GMT+3"_s},
            {u"Fjord Performance"_s, u"Fjord Performance AS"_s, u"NO"_s, u"NOK"_s, u"Europe/Oslo"_s,
             u"Etc/GMT-1"_s},
            {u"🐙 Octopus Digital"_s, u"Octopus Digital Pty Ltd"_s, u"AU"_s, u"AUD"_s,
             u"Australia/Sydney"_s, u"Etc/GMT-10"_s},
            {u"부산 마케팅 그룹"_s, u"부산마케팅그룹 주식회사"_s, u"KR"_s, u"KRW"_s,
             u"Asia/Seoul"_s, u"Etc/GMT-9"_s},
    };
}

QStringList emailDomains()
{
    return {u"example.com"_s,    u"example.de"_s,   u"example.jp"_s,
            u"example.com.br"_s, u"mail.example"_s, u"agency.example"_s};
}

QStringList billingGroupNames()
{
    return {u"EMEA"_s,
            u"Americas"_s,
            u"APAC"_s,
            u"Brand"_s,
            u"Performance"_s,
            u"Clientes España"_s,
            u"日本クライアント"_s,
            u"京东 618"_s,
            u"🧾 Monthly"_s,
            u"Retail"_s};
}

QStringList assetGroupNames()
{
    return {u"Core Team"_s, u"Équipe Créative"_s, u"Agentur Süd"_s, u"東京チーム"_s,
            u"增长团队"_s,  u"🚀 Launch Squad"_s,  u"Freelancers"_s, u"Analytics"_s};
}

} // namespace bc::emulator::NamePools
