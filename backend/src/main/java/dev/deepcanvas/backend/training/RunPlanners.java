package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.gan.GanRunPlanner;
import dev.deepcanvas.backend.training.plain.PlainRunPlanner;
import dev.deepcanvas.backend.training.run.RunPlanner;
import dev.deepcanvas.db.run.RunEntity;
import org.springframework.stereotype.Component;

/** Which planner checks and trains a run: the GAN planner for GANs, the plain one for every other graph. */
@Component
public class RunPlanners {

    private final PlainRunPlanner plain;
    private final GanRunPlanner gans;

    RunPlanners(PlainRunPlanner plain, GanRunPlanner gans) {
        this.plain = plain;
        this.gans = gans;
    }

    public RunPlanner of(TaskKind task) {
        return task == TaskKind.GAN ? gans : plain;
    }

    /** What a stored run learns: as recorded, or for runs from before tasks were recorded, as its graph says. */
    public static TaskKind taskOf(RunEntity run, RunSnapshot snapshot) {
        return run.getTask() == null ? TaskKind.ofGraph(snapshot.graph()) : TaskKind.valueOf(run.getTask());
    }
}
