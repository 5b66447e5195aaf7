package cn.beianbridge.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param providerId our {@code Qqdwid} in upload documents
 */
@ConfigurationProperties("bridge.submission")
public record SubmissionSettings(@DefaultValue("beianbridge") String providerId) {
}
