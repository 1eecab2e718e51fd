// POST /bc/image/upload/ (reference §3.21): multipart/form-data with bc_id and image_file.
#include "financecommon.h"
#include "financehandlers.h"
#include "multipartform.h"
#include "worldreplies.h"

#include "emulator/emulatorrequest.h"
#include "emulator/parametertext.h"
#include "emulator/returncode.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxImageBytes = 10 * 1024 * 1024;

EmulatorReply parameterError(const QString &message)
{
    return EmulatorReply::error(ReturnCode::ParameterError, message);
}

} // namespace

EmulatorReply handleBcImageUpload(World &world, const EmulatorRequest &request)
{
    const MultipartForm form =
            parseMultipartForm(request.header(QByteArrayLiteral("content-type")), request.body);
    if (!form.ok())
        return parameterError(u"body: not a valid multipart/form-data body: "_s + form.error
                              + u'.');

    const MultipartPart *bcIdPart = form.part(u"bc_id"_s);
    if (!bcIdPart)
        return parameterError(u"bc_id: required."_s);
    const QString bcId = QString::fromUtf8(bcIdPart->body).trimmed();
    if (!ParameterText::isIdText(bcId))
        return parameterError(u"bc_id: must be a numeric id string."_s);

    const MultipartPart *file = form.part(u"image_file"_s);
    if (!file)
        return parameterError(u"image_file: required."_s);
    if (file->body.isEmpty())
        return parameterError(u"image_file: the file is empty."_s);
    if (file->body.size() > maxImageBytes)
        return parameterError(u"image_file: larger than 10 MB."_s);
    // By content, not by name or declared type: JPEG (FF D8 FF) or PNG signatures only.
    const bool png = file->body.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = file->body.startsWith("\xFF\xD8\xFF");
    if (!png && !jpeg)
        return parameterError(u"image_file: must be a JPG, JPEG or PNG image."_s);

    const WorldResult<UploadedImage> result =
            world.uploadImage(request.accessToken(), bcId, file->fileName, file->body);
    if (!result.ok())
        return worldErrorReply(result.error);
    const QJsonObject data{{u"image_id"_s, result.value.imageId},
                           {u"image_url"_s, result.value.imageUrl}};
    return EmulatorReply::success(RoughEdges::withUnknownFields(data, result.value.imageId));
}

} // namespace bc::emulator
