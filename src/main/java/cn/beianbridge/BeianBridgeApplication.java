package cn.beianbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BeianBridgeApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BeianBridgeApplication.class);
		application.addListeners(new ChosenProfile());
		application.run(args);
	}

}
