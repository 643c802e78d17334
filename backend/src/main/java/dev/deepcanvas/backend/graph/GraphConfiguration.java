package dev.deepcanvas.backend.graph;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.GraphCompiler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one graph analyzer and compiler every service uses, so that the limits configured under
 * {@code deepcanvas.graph.limits.*} hold everywhere: in the editor's badges, at the Train dialog and when a run
 * starts. Both are stateless and thread-safe.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphLimitsProperties.class)
public class GraphConfiguration {

    @Bean
    GraphAnalyzer graphAnalyzer(GraphLimitsProperties limits) {
        return new GraphAnalyzer(limits.toLimits());
    }

    @Bean
    GraphCompiler graphCompiler(GraphAnalyzer analyzer) {
        return new GraphCompiler(analyzer);
    }
}
